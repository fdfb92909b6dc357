#include "summarize/abbreviations.h"

namespace pagesift::summarize {
namespace {

constexpr std::string_view kEnglish[] = {
    "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Sr.", "Jr.", "St.", "Mt.", "Gen.", "Gov.",
    "Sen.", "Rep.", "Rev.", "Capt.", "Col.", "Lt.", "Sgt.", "Cmdr.", "Adm.", "Inc.",
    "Ltd.", "Co.", "Corp.", "vs.", "e.g.", "i.e.", "approx.", "No.", "Nos.", "Vol.",
    "Fig.", "pp.", "Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sep.", "Sept.", "Oct.",
    "Nov.", "Dec.", "Ph.D.", "Ave.", "Blvd.", "Dept.", "ca.", "cf.", "et al.",
};

constexpr std::string_view kFrench[] = {
    "M.", "MM.", "Mme.", "Mmes.", "Mlle.", "Mlles.", "Dr.", "Pr.", "Me.", "Mgr.",
    "St.", "Ste.", "av.", "apr.", "p. ex.", "cf.", "env.", "art.", "bd.", "vol.",
    "chap.", "éd.", "janv.", "févr.", "avr.", "juil.", "sept.", "oct.", "nov.", "déc.",
    "hab.", "min.", "n.", "no.",
};

constexpr std::string_view kGerman[] = {
    "z. B.", "z.B.", "d. h.", "d.h.", "u. a.", "u.a.", "o. ä.", "u. ä.", "i. d. R.",
    "bzw.", "ca.", "Dr.", "Prof.", "Hr.", "Hrn.", "Fr.", "Nr.", "vgl.", "ggf.",
    "evtl.", "inkl.", "exkl.", "Str.", "Jh.", "Mio.", "Mrd.", "sog.", "Abs.", "Art.",
    "Jan.", "Feb.", "Aug.", "Sept.", "Okt.", "Nov.", "Dez.", "geb.", "gest.", "St.",
    "bspw.", "v. a.", "z. T.", "u. U.", "s. o.", "s. u.", "Tel.", "Bd.",
};

constexpr std::string_view kSpanish[] = {
    "Sr.", "Sra.", "Srta.", "Sres.", "Dr.", "Dra.", "Ud.", "Uds.", "Vd.", "Lic.",
    "Ing.", "Prof.", "pág.", "núm.", "art.", "aprox.", "p. ej.", "EE.", "Avda.",
    "Cía.", "Dña.", "D.", "Excmo.", "Sto.", "Sta.",
};

constexpr std::string_view kItalian[] = {
    "Sig.", "Sigg.", "Sig.ra", "Dott.", "Dott.ssa", "Prof.", "Prof.ssa", "Avv.",
    "Ing.", "On.", "Egr.", "Gent.", "pag.", "art.", "cfr.", "es.", "Arch.", "Geom.",
    "Mons.", "S.", "n.",
};

constexpr std::string_view kPortuguese[] = {
    "Sr.", "Sra.", "Srta.", "Dr.", "Dra.", "Prof.", "Profa.", "Exmo.", "Exma.",
    "pág.", "p. ex.", "art.", "aprox.", "Av.", "Lda.", "Cia.", "Eng.", "n.", "nº.",
};

constexpr std::string_view kDutch[] = {
    "dhr.", "mevr.", "mr.", "dr.", "ir.", "drs.", "ing.", "prof.", "bijv.", "bv.",
    "d.w.z.", "o.a.", "m.b.t.", "t.a.v.", "i.p.v.", "ca.", "nr.", "blz.", "jl.", "Dhr.",
    "Mevr.", "Mr.", "Dr.", "Ir.", "Drs.", "Prof.", "Sint.", "St.",
};

struct LanguageAbbreviations {
  std::string_view lang;
  std::span<const std::string_view> abbreviations;
};

constexpr LanguageAbbreviations kByLanguage[] = {
    {"en", kEnglish}, {"fr", kFrench},     {"de", kGerman}, {"es", kSpanish},
    {"it", kItalian}, {"pt", kPortuguese}, {"nl", kDutch},
};

}  // namespace

std::span<const std::string_view> AbbreviationsFor(std::string_view lang) {
  for (const LanguageAbbreviations& entry : kByLanguage) {
    if (entry.lang == lang) return entry.abbreviations;
  }
  return {};
}

}  // namespace pagesift::summarize
