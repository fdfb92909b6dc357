// Index: the library's SQLite database, one row an article plus an FTS5
// table over its title, byline, site and text.
//
// Only a cache of the files: Reindex rebuilds it from them. Opened in WAL
// mode so that readers never wait for a save, with a busy timeout so that
// concurrent writers (two saves, a save and a delete) take turns.
#ifndef PAGESIFT_LIBRARY_INDEX_H_
#define PAGESIFT_LIBRARY_INDEX_H_

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "pagesift/library.h"
#include "pagesift/status.h"

namespace pagesift::library {

// What the index knows of an article. Files are names in the folder.
struct IndexRecord {
  std::string name;
  std::string title, byline, site, url, published, lang, created;
  size_t word_count = 0;
  std::vector<std::string> files;
  std::string text;  // searched, not returned
};

class Index {
 public:
  static Status Open(const std::string& path, std::unique_ptr<Index>* index);
  ~Index();
  Index(const Index&) = delete;
  Index& operator=(const Index&) = delete;

  // A write transaction: BEGIN IMMEDIATE takes the write lock at once, so
  // everything between Begin and Commit (file names included) is decided
  // by one writer at a time. Rollback is safe to call at any time.
  Status Begin();
  Status Commit();
  void Rollback();

  Status NameTaken(const std::string& name, bool* taken);
  Status Insert(const IndexRecord& record, int64_t* id);
  Status Remove(int64_t id);
  Status Clear();

  // Entries carry file names relative to the folder.
  Status List(size_t limit, size_t offset, std::vector<LibraryEntry>* entries);
  Status Search(std::string_view query, size_t limit, std::vector<LibraryEntry>* entries);
  Status Get(int64_t id, LibraryEntry* entry);

  // "ok" from PRAGMA integrity_check, or what it found.
  Status CheckIntegrity();

 private:
  explicit Index(sqlite3* db) : db_(db) {}
  Status Exec(const char* sql);
  sqlite3* db_;
  bool in_transaction_ = false;
};

// The user's words as an FTS5 query that matches them all, each taken
// literally ("c++ OR" is three words, not syntax). Empty when no word.
std::string FtsQueryOf(std::string_view words);

}  // namespace pagesift::library

#endif  // PAGESIFT_LIBRARY_INDEX_H_
