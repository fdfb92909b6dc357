#include "library/index.h"

#include <algorithm>
#include <cstdint>

#include "base/ascii.h"

namespace pagesift::library {
namespace {

constexpr const char kSchema[] = R"sql(
CREATE TABLE IF NOT EXISTS articles(
  id INTEGER PRIMARY KEY AUTOINCREMENT,  -- never reused: a client may hold an old id
  name TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL, byline TEXT NOT NULL, site TEXT NOT NULL, url TEXT NOT NULL,
  published TEXT NOT NULL, lang TEXT NOT NULL, created TEXT NOT NULL,
  word_count INTEGER NOT NULL,
  files TEXT NOT NULL);
CREATE VIRTUAL TABLE IF NOT EXISTS articles_text
  USING fts5(title, byline, site, text, tokenize='unicode61 remove_diacritics 2');
)sql";

constexpr const char kColumns[] =
    "a.id, a.name, a.title, a.byline, a.site, a.url, a.published, a.lang, a.created, a.word_count, a.files";

// How long a writer waits for another before giving up with kBusy.
constexpr int kBusyTimeoutMs = 15000;

Status SqlError(sqlite3* db, std::string_view what) {
  int code = sqlite3_errcode(db);
  ErrorCode error = (code == SQLITE_BUSY || code == SQLITE_LOCKED) ? ErrorCode::kBusy : ErrorCode::kIoError;
  return Status(error, "library index: " + std::string(what) + ": " + sqlite3_errmsg(db));
}

class Statement {
 public:
  Statement(sqlite3* db, const std::string& sql) : db_(db) {
    prepared_ = sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt_, nullptr) == SQLITE_OK;
  }
  ~Statement() { sqlite3_finalize(stmt_); }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  bool prepared() const { return prepared_; }
  void Bind(int i, std::string_view s) {
    sqlite3_bind_text(stmt_, i, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
  }
  void BindInt(int i, int64_t v) { sqlite3_bind_int64(stmt_, i, v); }
  int Step() { return sqlite3_step(stmt_); }
  std::string Text(int column) {
    const unsigned char* text = sqlite3_column_text(stmt_, column);
    return text == nullptr ? std::string()
                           : std::string(reinterpret_cast<const char*>(text),
                                         static_cast<size_t>(sqlite3_column_bytes(stmt_, column)));
  }
  int64_t Int(int column) { return sqlite3_column_int64(stmt_, column); }

  // Runs a statement that returns no rows.
  Status Run(std::string_view what) {
    if (!prepared_ || Step() != SQLITE_DONE) return SqlError(db_, what);
    return Status::Ok();
  }

  LibraryEntry Entry() {
    LibraryEntry e;
    e.id = Int(0);
    e.name = Text(1);
    e.title = Text(2);
    e.byline = Text(3);
    e.site = Text(4);
    e.url = Text(5);
    e.published = Text(6);
    e.lang = Text(7);
    e.created = Text(8);
    e.word_count = static_cast<size_t>(Int(9));
    std::string files = Text(10);
    for (size_t start = 0; start < files.size();) {
      size_t end = files.find('\n', start);
      if (end == std::string::npos) end = files.size();
      e.files.push_back(files.substr(start, end - start));
      start = end + 1;
    }
    return e;
  }

  // Collects every row as an entry.
  Status Entries(std::string_view what, std::vector<LibraryEntry>* entries, int snippet_column = -1) {
    if (!prepared_) return SqlError(db_, what);
    for (int rc; (rc = Step()) != SQLITE_DONE;) {
      if (rc != SQLITE_ROW) return SqlError(db_, what);
      entries->push_back(Entry());
      if (snippet_column >= 0) entries->back().snippet = Text(snippet_column);
    }
    return Status::Ok();
  }

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
  bool prepared_ = false;
};

std::string JoinLines(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& line : lines) {
    if (!out.empty()) out += '\n';
    out += line;
  }
  return out;
}

}  // namespace

Status Index::Open(const std::string& path, std::unique_ptr<Index>* index) {
  index->reset();
  sqlite3* db = nullptr;
  // NOFOLLOW: a symlink planted at the index's name is refused, not followed.
  int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_NOFOLLOW;
  if (sqlite3_open_v2(path.c_str(), &db, flags, nullptr) != SQLITE_OK) {
    Status s(ErrorCode::kIoError, "cannot open the library index " + path + ": " +
                                      (db != nullptr ? sqlite3_errmsg(db) : "out of memory"));
    sqlite3_close(db);
    return s;
  }
  sqlite3_busy_timeout(db, kBusyTimeoutMs);
  std::unique_ptr<Index> opened(new Index(db));
  for (const char* sql : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", kSchema}) {
    if (Status s = opened->Exec(sql); !s.ok()) return s;
  }
  *index = std::move(opened);
  return Status::Ok();
}

Index::~Index() {
  Rollback();
  sqlite3_close(db_);
}

Status Index::Exec(const char* sql) {
  char* error = nullptr;
  if (sqlite3_exec(db_, sql, nullptr, nullptr, &error) == SQLITE_OK) return Status::Ok();
  std::string message = error != nullptr ? error : sqlite3_errmsg(db_);
  sqlite3_free(error);
  int code = sqlite3_errcode(db_);
  return Status(code == SQLITE_BUSY || code == SQLITE_LOCKED ? ErrorCode::kBusy : ErrorCode::kIoError,
                "library index: " + message);
}

Status Index::Begin() {
  if (Status s = Exec("BEGIN IMMEDIATE"); !s.ok()) return s;
  in_transaction_ = true;
  return Status::Ok();
}

Status Index::Commit() {
  if (Status s = Exec("COMMIT"); !s.ok()) return s;
  in_transaction_ = false;
  return Status::Ok();
}

void Index::Rollback() {
  if (in_transaction_) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
  in_transaction_ = false;
}

Status Index::NameTaken(const std::string& name, bool* taken) {
  Statement q(db_, "SELECT 1 FROM articles WHERE name = ?");
  if (!q.prepared()) return SqlError(db_, "name lookup");
  q.Bind(1, name);
  int rc = q.Step();
  if (rc != SQLITE_ROW && rc != SQLITE_DONE) return SqlError(db_, "name lookup");
  *taken = rc == SQLITE_ROW;
  return Status::Ok();
}

Status Index::Insert(const IndexRecord& r, int64_t* id) {
  Statement row(db_,
                "INSERT INTO articles(name, title, byline, site, url, published, lang, created, word_count, files)"
                " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  int i = 1;
  for (const std::string* s : {&r.name, &r.title, &r.byline, &r.site, &r.url, &r.published, &r.lang, &r.created}) {
    row.Bind(i++, *s);
  }
  row.BindInt(i++, static_cast<int64_t>(r.word_count));
  row.Bind(i, JoinLines(r.files));
  if (Status s = row.Run("insert"); !s.ok()) return s;
  *id = sqlite3_last_insert_rowid(db_);
  Statement text(db_, "INSERT INTO articles_text(rowid, title, byline, site, text) VALUES(?, ?, ?, ?, ?)");
  text.BindInt(1, *id);
  text.Bind(2, r.title);
  text.Bind(3, r.byline);
  text.Bind(4, r.site);
  text.Bind(5, r.text);
  return text.Run("insert text");
}

Status Index::Remove(int64_t id) {
  for (const char* sql : {"DELETE FROM articles WHERE id = ?", "DELETE FROM articles_text WHERE rowid = ?"}) {
    Statement q(db_, sql);
    q.BindInt(1, id);
    if (Status s = q.Run("delete"); !s.ok()) return s;
  }
  return Status::Ok();
}

Status Index::Clear() { return Exec("DELETE FROM articles; DELETE FROM articles_text;"); }

Status Index::List(size_t limit, size_t offset, std::vector<LibraryEntry>* entries) {
  entries->clear();
  Statement q(db_, std::string("SELECT ") + kColumns + " FROM articles a ORDER BY a.created DESC, a.id DESC LIMIT ? OFFSET ?");
  q.BindInt(1, static_cast<int64_t>(std::min<size_t>(limit, INT64_MAX)));
  q.BindInt(2, static_cast<int64_t>(std::min<size_t>(offset, INT64_MAX)));
  return q.Entries("list", entries);
}

Status Index::Search(std::string_view query, size_t limit, std::vector<LibraryEntry>* entries) {
  entries->clear();
  std::string match = FtsQueryOf(query);
  if (match.empty()) return Status::Ok();
  // Title matches weigh most, then byline and site, then the body.
  Statement q(db_, std::string("SELECT ") + kColumns +
                       ", snippet(articles_text, 3, '[', ']', '…', 16) FROM articles_text"
                       " JOIN articles a ON a.id = articles_text.rowid WHERE articles_text MATCH ?"
                       " ORDER BY bm25(articles_text, 10.0, 3.0, 3.0, 1.0) LIMIT ?");
  q.Bind(1, match);
  q.BindInt(2, static_cast<int64_t>(std::min<size_t>(limit, INT64_MAX)));
  return q.Entries("search", entries, 11);
}

Status Index::Get(int64_t id, LibraryEntry* entry) {
  Statement q(db_, std::string("SELECT ") + kColumns + " FROM articles a WHERE a.id = ?");
  q.BindInt(1, id);
  std::vector<LibraryEntry> found;
  if (Status s = q.Entries("get", &found); !s.ok()) return s;
  if (found.empty()) return Status(ErrorCode::kNotFound, "no saved article has id " + std::to_string(id));
  *entry = std::move(found.front());
  return Status::Ok();
}

Status Index::CheckIntegrity() {
  Statement q(db_, "PRAGMA integrity_check");
  if (!q.prepared() || q.Step() != SQLITE_ROW) return SqlError(db_, "integrity check");
  std::string verdict = q.Text(0);
  if (verdict == "ok") return Status::Ok();
  return Status(ErrorCode::kIoError, "library index damaged: " + verdict);
}

std::string FtsQueryOf(std::string_view words) {
  std::string query;
  size_t i = 0;
  while (i < words.size()) {
    while (i < words.size() && IsAsciiSpace(words[i])) ++i;
    size_t start = i;
    bool has_word_character = false;
    while (i < words.size() && !IsAsciiSpace(words[i])) {
      char c = words[i++];
      has_word_character = has_word_character || IsAsciiAlpha(c) || IsAsciiDigit(c) ||
                           static_cast<unsigned char>(c) >= 0x80;
    }
    if (!has_word_character) continue;
    // A quoted string is one FTS5 phrase; a quote inside is doubled.
    if (!query.empty()) query += ' ';
    query += '"';
    for (char c : words.substr(start, i - start)) {
      if (c == '"') query += '"';
      query += c;
    }
    query += '"';
  }
  return query;
}

}  // namespace pagesift::library
