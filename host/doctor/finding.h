// What the doctor reports: one line each, a problem always with its fix.
#ifndef PAGESIFT_DOCTOR_FINDING_H_
#define PAGESIFT_DOCTOR_FINDING_H_

#include <string>
#include <utility>

namespace pagesift::doctor {

struct Finding {
  enum class Kind {
    kOk,       // a check passed
    kNote,     // worth knowing, not wrong (a browser not installed, a portal prompt)
    kProblem,  // pagesift will not work in that browser until it is fixed
  };
  Kind kind = Kind::kOk;
  std::string browser;  // "chrome", several joined by ",", or "" when about all
  std::string message;  // what was found, naming the file or program
  std::string fix;      // what to do about it; set on every problem
};

inline Finding Ok(std::string browser, std::string message) {
  return {Finding::Kind::kOk, std::move(browser), std::move(message), ""};
}
inline Finding Note(std::string browser, std::string message, std::string fix = "") {
  return {Finding::Kind::kNote, std::move(browser), std::move(message), std::move(fix)};
}
inline Finding Problem(std::string browser, std::string message, std::string fix) {
  return {Finding::Kind::kProblem, std::move(browser), std::move(message), std::move(fix)};
}

}  // namespace pagesift::doctor

#endif  // PAGESIFT_DOCTOR_FINDING_H_
