#include "pagesift/library.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <nlohmann/json.hpp>
#include <random>
#include <sstream>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <set>
#include <thread>

#include "library/index.h"

namespace pagesift {
namespace {

namespace fs = std::filesystem;

// A fresh folder for each test, removed afterwards; the library lives in
// its "library" subfolder so that anything written beside it shows.
class LibraryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() /
            ("pagesift-library-test-" + std::to_string(getpid()) + "-" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(root_);
    fs::create_directories(root_);
    folder_ = root_ / "library";
  }
  void TearDown() override { fs::remove_all(root_); }

  std::unique_ptr<Library> Open() {
    std::unique_ptr<Library> library;
    LibraryOptions options;
    options.folder = folder_.string();
    EXPECT_TRUE(Library::Open(options, &library).ok());
    return library;
  }

  static Result Article(std::string title, std::string text) {
    Result r;
    r.title = std::move(title);
    r.url = "https://example.com/post";
    r.site_name = "Example";
    r.content = "<p>" + text + "</p>";
    r.text_content = std::move(text);
    r.word_count = 3;
    return r;
  }

  // A PNG's first bytes then `fill`, enough for the type sniffing.
  static std::string Png(const std::string& fill) { return std::string("\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR", 16) + fill; }

  // An article showing two images, and their bytes (the second an SVG).
  static Result ArticleWithImages(std::string title, std::vector<ImageBytes>* images) {
    Result r = Article(std::move(title), "A lighthouse at dusk.");
    r.content = "<p>A lighthouse at dusk.</p><figure><img src=\"https://cdn.example/dusk.png?w=2&amp;h=1\" alt=\"Dusk\">"
                "</figure><p><img src=\"https://cdn.example/logo.svg\"></p>";
    *images = {{"https://cdn.example/dusk.png?w=2&h=1", Png("pixels")},
               {"https://cdn.example/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"}};
    return r;
  }

  static std::string Read(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
  }

  // Every entry anywhere under the test's root, as paths relative to it.
  std::set<std::string> Tree() const {
    std::set<std::string> names;
    for (const auto& e : fs::recursive_directory_iterator(root_)) names.insert(fs::relative(e.path(), root_).string());
    return names;
  }

  fs::path root_, folder_;
};

TEST_F(LibraryTest, SavesEachFormatUnderOneName) {
  auto library = Open();
  SaveOptions options;
  options.formats = {SaveFormat::kMarkdown, SaveFormat::kHtml, SaveFormat::kJson};
  options.created = "2026-11-28";
  Result r = Article("Hello", "Some words here.");
  r.published_time = "2024-05-01";
  SavedArticle saved;
  ASSERT_TRUE(library->Save(r, options, &saved).ok());
  ASSERT_EQ(saved.files.size(), 3u);
  EXPECT_EQ(saved.files[0], (folder_ / "2024-05-01 Hello.md").string());
  EXPECT_EQ(saved.files[1], (folder_ / "2024-05-01 Hello.html").string());
  EXPECT_EQ(saved.files[2], (folder_ / "2024-05-01 Hello.json").string());
  std::ifstream md(saved.files[0]);
  std::string first_line;
  std::getline(md, first_line);
  EXPECT_EQ(first_line, "---");
  LibraryEntry entry;
  ASSERT_TRUE(library->Get(saved.id, &entry).ok());
  EXPECT_EQ(entry.title, "Hello");
  EXPECT_EQ(entry.files, saved.files);
}

TEST_F(LibraryTest, HostileTitlesAndTemplatesStayInside) {
  auto library = Open();
  const std::string hostile[] = {
      "../../escape", "/tmp/absolute", "..", "a\0b" + std::string(1, '\0'), std::string(10000, 't'),
      "\xE2\x80\xAEgpj.exe", "CON", "nul", "x/../../../y", "C:\\evil",
  };
  size_t saves = 0;
  for (const std::string& title : hostile) {
    for (const std::string& name_template : {std::string("{title}"), std::string("../{title}"),
                                             std::string("/etc/{title}"), std::string("{title}/../..")}) {
      SaveOptions options;
      options.name_template = name_template;
      SavedArticle saved;
      ASSERT_TRUE(library->Save(Article(title, "text"), options, &saved).ok()) << title;
      ++saves;
      for (const std::string& file : saved.files) {
        EXPECT_EQ(fs::path(file).parent_path(), folder_) << file;
        EXPECT_LE(fs::path(file).filename().string().size(), 200u);
        EXPECT_TRUE(fs::is_regular_file(file));
      }
    }
  }
  // Nothing but the library folder beside it, and one Markdown file a save in it.
  size_t markdown_files = 0;
  for (const std::string& name : Tree()) {
    EXPECT_TRUE(name == "library" || name.starts_with("library/")) << name;
    markdown_files += name.ends_with(".md");
  }
  EXPECT_EQ(markdown_files, saves);
}

TEST_F(LibraryTest, StoresImagesBesideTheArticleAndLinksThem) {
  auto library = Open();
  SaveOptions options;
  options.formats = {SaveFormat::kMarkdown, SaveFormat::kHtml, SaveFormat::kJson};
  options.name_template = "{title}";
  Result r = ArticleWithImages("C# & me? 50%", &options.images);
  SavedArticle saved;
  ASSERT_TRUE(library->Save(r, options, &saved).ok());
  const fs::path images = folder_ / "C# & me 50%.images";
  ASSERT_EQ(saved.files.size(), 4u);
  EXPECT_EQ(saved.files[3], images.string());
  EXPECT_EQ(Read(images / "001.png"), Png("pixels"));
  EXPECT_EQ(std::distance(fs::directory_iterator(images), fs::directory_iterator()), 1);
  ASSERT_EQ(saved.images.size(), 2u);
  EXPECT_EQ(saved.images[0].file, (images / "001.png").string());
  EXPECT_EQ(saved.images[1].file, "");
  EXPECT_EQ(saved.images[1].reason, "not a PNG, JPEG, GIF, WebP, AVIF or BMP image");

  const std::string link = "C%23%20%26%20me%2050%25.images/001.png";
  std::string md = Read(saved.files[0]);
  EXPECT_NE(md.find("![Dusk](" + link + ")"), std::string::npos) << md;
  EXPECT_NE(md.find("](https://cdn.example/logo.svg)"), std::string::npos) << md;
  std::string html = Read(saved.files[1]);
  EXPECT_NE(html.find("<img src=\"" + link + "\" alt=\"Dusk\">"), std::string::npos) << html;
  EXPECT_EQ(html.find("dusk.png"), std::string::npos) << html;
  nlohmann::json json = nlohmann::json::parse(Read(saved.files[2]));
  EXPECT_EQ(json["savedImages"], nlohmann::json::parse(
      R"([{"url": "https://cdn.example/dusk.png?w=2&h=1", "file": "C# & me 50%.images/001.png"}])"));
  LibraryEntry entry;
  ASSERT_TRUE(library->Get(saved.id, &entry).ok());
  EXPECT_EQ(entry.files, saved.files);
}

TEST_F(LibraryTest, ImagesOfHostileTitlesStayInsideAndNeverReplaceAnything) {
  auto library = Open();
  fs::create_directories(root_ / "outside");
  fs::create_symlink(root_ / "outside", folder_ / "Trap.images");  // a symlink where the folder would go
  fs::create_directories(folder_ / "Mine.images");                 // the user's own folder
  std::ofstream(folder_ / "Mine.images" / "001.png") << "the user's";
  for (const std::string& title : {std::string("Trap"), std::string("Mine"), std::string("../../outside"),
                                   std::string("/etc"), std::string(10000, 'i'), std::string("\xE2\x80\xAEgnp.images")}) {
    SaveOptions options;
    options.name_template = "{title}";
    SavedArticle saved;
    ASSERT_TRUE(library->Save(ArticleWithImages(title, &options.images), options, &saved).ok()) << title;
    ASSERT_EQ(saved.files.size(), 2u);
    EXPECT_EQ(fs::path(saved.files[1]).parent_path(), folder_);
    EXPECT_EQ(fs::path(saved.images[0].file).parent_path(), fs::path(saved.files[1]));
    EXPECT_TRUE(fs::is_directory(fs::symlink_status(saved.files[1])));
  }
  EXPECT_TRUE(fs::is_empty(root_ / "outside"));
  EXPECT_EQ(Read(folder_ / "Mine.images" / "001.png"), "the user's");
  EXPECT_TRUE(fs::exists(folder_ / "Trap (2).images" / "001.png"));
  EXPECT_TRUE(fs::exists(folder_ / "Mine (2).md"));
}

TEST_F(LibraryTest, DeleteRemovesTheImagesFolder) {
  auto library = Open();
  SaveOptions options;
  SavedArticle saved;
  ASSERT_TRUE(library->Save(ArticleWithImages("Gone with images", &options.images), options, &saved).ok());
  ASSERT_TRUE(fs::is_directory(saved.files.back()));
  ASSERT_TRUE(library->Delete(saved.id).ok());
  for (const std::string& file : saved.files) EXPECT_FALSE(fs::exists(file)) << file;
  for (const std::string& name : Tree()) EXPECT_TRUE(name == "library" || name.starts_with("library/.pagesift-library")) << name;
}

TEST_F(LibraryTest, ReindexKeepsImagesAndRemovesOnlyLeftoverImageFolders) {
  std::string kept_folder;
  {
    auto library = Open();
    SaveOptions options;
    options.formats = {SaveFormat::kJson, SaveFormat::kMarkdown};
    SavedArticle saved;
    ASSERT_TRUE(library->Save(ArticleWithImages("Kept", &options.images), options, &saved).ok());
    kept_folder = saved.files.back();
  }
  // Left by a save killed between its renames, by a killed temporary folder,
  // and a folder of the user's that merely looks alike.
  fs::create_directories(folder_ / "Orphan.images");
  std::ofstream(folder_ / "Orphan.images" / "001.png") << "x";
  fs::create_directories(folder_ / ".pagesift-tmp-1-abc");
  std::ofstream(folder_ / ".pagesift-tmp-1-abc" / "001.png") << "x";
  fs::create_directories(folder_ / "Holiday.images");
  std::ofstream(folder_ / "Holiday.images" / "beach.jpg") << "x";

  auto library = Open();
  ReindexReport report;
  ASSERT_TRUE(library->Reindex(&report).ok());
  EXPECT_EQ(report.articles, 1u);
  EXPECT_EQ(report.removed_temporaries, 2u);
  EXPECT_FALSE(fs::exists(folder_ / "Orphan.images"));
  EXPECT_FALSE(fs::exists(folder_ / ".pagesift-tmp-1-abc"));
  EXPECT_TRUE(fs::exists(folder_ / "Holiday.images" / "beach.jpg"));
  std::vector<LibraryEntry> entries;
  ASSERT_TRUE(library->List(10, 0, &entries).ok());
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].files.back(), kept_folder);
  ASSERT_TRUE(library->Delete(entries[0].id).ok());
  EXPECT_FALSE(fs::exists(kept_folder));
}

TEST_F(LibraryTest, NeverWritesThroughASymlink) {
  auto library = Open();
  fs::path outside = root_ / "outside.md";
  fs::create_symlink(outside, folder_ / "Trap.md");
  SavedArticle saved;
  SaveOptions options;
  options.name_template = "{title}";
  ASSERT_TRUE(library->Save(Article("Trap", "text"), options, &saved).ok());
  EXPECT_FALSE(fs::exists(outside));
  EXPECT_EQ(saved.files.front(), (folder_ / "Trap (2).md").string());
}

TEST_F(LibraryTest, AClashGetsASuffix) {
  auto library = Open();
  SaveOptions options;
  options.name_template = "{title}";
  std::ofstream(folder_ / "Same.md") << "the user's own file";
  SavedArticle first, second;
  ASSERT_TRUE(library->Save(Article("Same", "one"), options, &first).ok());
  ASSERT_TRUE(library->Save(Article("Same", "two"), options, &second).ok());
  EXPECT_EQ(first.files.front(), (folder_ / "Same (2).md").string());
  EXPECT_EQ(second.files.front(), (folder_ / "Same (3).md").string());
  std::ifstream own(folder_ / "Same.md");
  std::string text;
  std::getline(own, text);
  EXPECT_EQ(text, "the user's own file");
}

TEST_F(LibraryTest, TwoConcurrentSavesMakeTwoFiles) {
  Open();  // creates the folder and index once
  SavedArticle saved[2];
  Status status[2];
  std::thread savers[2];
  for (int i = 0; i < 2; ++i) {
    savers[i] = std::thread([&, i] {
      auto library = Open();
      SaveOptions options;
      Result twin = ArticleWithImages("Twin", &options.images);
      status[i] = library->Save(twin, options, &saved[i]);
    });
  }
  for (auto& t : savers) t.join();
  ASSERT_TRUE(status[0].ok()) << status[0].ToString();
  ASSERT_TRUE(status[1].ok()) << status[1].ToString();
  EXPECT_NE(saved[0].files.front(), saved[1].files.front());
  EXPECT_NE(saved[0].id, saved[1].id);
  for (const SavedArticle& one : saved) {
    ASSERT_EQ(one.files.size(), 2u);
    EXPECT_TRUE(fs::is_regular_file(one.files.front()));
    EXPECT_EQ(one.files.back(), one.files.front().substr(0, one.files.front().size() - 3) + ".images");
    EXPECT_EQ(Read(one.images[0].file), Png("pixels"));
  }
  std::vector<LibraryEntry> entries;
  ASSERT_TRUE(Open()->List(10, 0, &entries).ok());
  EXPECT_EQ(entries.size(), 2u);
}

TEST_F(LibraryTest, SearchIgnoresAccentsAndCase) {
  auto library = Open();
  SavedArticle coffee, other;
  ASSERT_TRUE(library->Save(Article("Morning", "Le café était délicieux à Zürich"), SaveOptions(), &coffee).ok());
  ASSERT_TRUE(library->Save(Article("Evening", "Tea and biscuits"), SaveOptions(), &other).ok());
  for (std::string_view query : {"cafe", "café", "CAFÉ", "zurich", "Delicieux cafe"}) {
    std::vector<LibraryEntry> hits;
    ASSERT_TRUE(library->Search(query, 10, &hits).ok()) << query;
    ASSERT_EQ(hits.size(), 1u) << query;
    EXPECT_EQ(hits[0].id, coffee.id);
    EXPECT_NE(hits[0].snippet.find('['), std::string::npos);
  }
  std::vector<LibraryEntry> hits;
  ASSERT_TRUE(library->Search("coffee", 10, &hits).ok());
  EXPECT_TRUE(hits.empty());
  // FTS5 syntax in a query is read as words, never as syntax.
  ASSERT_TRUE(library->Search("\"tea OR NEAR( * AND", 10, &hits).ok());
  EXPECT_TRUE(hits.empty());
  ASSERT_TRUE(library->Search("tea biscuits", 10, &hits).ok());
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].id, other.id);
  // Accents typed where the body has none find it too.
  ASSERT_TRUE(library->Search("BÍSCUÎTS", 10, &hits).ok());
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].id, other.id);
}

TEST_F(LibraryTest, TitleMatchesRankFirst) {
  auto library = Open();
  SavedArticle body_only, in_title;
  ASSERT_TRUE(library->Save(Article("Gardening", "a note on pruning roses and more"), SaveOptions(), &body_only).ok());
  ASSERT_TRUE(library->Save(Article("Pruning", "how to cut a hedge"), SaveOptions(), &in_title).ok());
  std::vector<LibraryEntry> hits;
  ASSERT_TRUE(library->Search("pruning", 10, &hits).ok());
  ASSERT_EQ(hits.size(), 2u);
  EXPECT_EQ(hits[0].id, in_title.id);
}

TEST_F(LibraryTest, DeleteRemovesFilesAndRows) {
  auto library = Open();
  SaveOptions options;
  options.formats = {SaveFormat::kMarkdown, SaveFormat::kJson};
  SavedArticle saved;
  ASSERT_TRUE(library->Save(Article("Gone", "ephemeral words"), options, &saved).ok());
  ASSERT_TRUE(library->Delete(saved.id).ok());
  for (const std::string& file : saved.files) EXPECT_FALSE(fs::exists(file));
  LibraryEntry entry;
  EXPECT_EQ(library->Get(saved.id, &entry).code(), ErrorCode::kNotFound);
  EXPECT_EQ(library->Delete(saved.id).code(), ErrorCode::kNotFound);
  std::vector<LibraryEntry> hits;
  ASSERT_TRUE(library->Search("ephemeral", 10, &hits).ok());
  EXPECT_TRUE(hits.empty());
  // An id is never given again: a client holding the old one cannot hit a new article.
  SavedArticle next;
  ASSERT_TRUE(library->Save(Article("Next", "words"), options, &next).ok());
  EXPECT_GT(next.id, saved.id);
}

TEST_F(LibraryTest, ReindexRebuildsFromTheFiles) {
  {
    auto library = Open();
    SaveOptions json, markdown, html;
    json.formats = {SaveFormat::kJson, SaveFormat::kMarkdown};
    markdown.formats = {SaveFormat::kMarkdown};
    html.formats = {SaveFormat::kHtml};
    SavedArticle saved;
    Result quoted = Article("A \"quoted\" title: with\ttab", "alpha words");
    quoted.authors = {"Ann", "Bob"};
    ASSERT_TRUE(library->Save(Article("Json one", "bravo words"), json, &saved).ok());
    ASSERT_TRUE(library->Save(quoted, markdown, &saved).ok());
    ASSERT_TRUE(library->Save(Article("Page three", "charlie words in a paragraph"), html, &saved).ok());
  }
  // The index is lost; a crashed save left a temporary; the user keeps a note.
  for (const char* name : {".pagesift-library.sqlite", ".pagesift-library.sqlite-wal", ".pagesift-library.sqlite-shm"}) {
    fs::remove(folder_ / name);
  }
  std::ofstream(folder_ / ".pagesift-tmp-123-abc") << "half a fil";
  std::ofstream(folder_ / "my notes.md") << "# not saved by pagesift\n";

  auto library = Open();
  std::vector<LibraryEntry> entries;
  ASSERT_TRUE(library->List(10, 0, &entries).ok());
  EXPECT_TRUE(entries.empty());
  ReindexReport report;
  ASSERT_TRUE(library->Reindex(&report).ok());
  EXPECT_EQ(report.articles, 3u);
  EXPECT_EQ(report.skipped_files, 1u);
  EXPECT_EQ(report.removed_temporaries, 1u);
  EXPECT_FALSE(fs::exists(folder_ / ".pagesift-tmp-123-abc"));

  ASSERT_TRUE(library->List(10, 0, &entries).ok());
  std::set<std::string> titles;
  for (const LibraryEntry& e : entries) titles.insert(e.title);
  EXPECT_EQ(titles, (std::set<std::string>{"Json one", "A \"quoted\" title: with\ttab", "Page three"}));
  for (const LibraryEntry& e : entries) {
    if (e.title.starts_with("A ")) {
      EXPECT_EQ(e.byline, "Ann, Bob");
    }
    if (e.title == "Json one") {
      EXPECT_EQ(e.files.size(), 2u);
    }
  }
  for (std::string_view word : {"alpha", "bravo", "charlie"}) {
    std::vector<LibraryEntry> hits;
    ASSERT_TRUE(library->Search(word, 10, &hits).ok());
    EXPECT_EQ(hits.size(), 1u) << word;
  }
  // Reindexing twice changes nothing but the ids.
  ASSERT_TRUE(library->Reindex(&report).ok());
  EXPECT_EQ(report.articles, 3u);

  std::unique_ptr<library::Index> index;
  ASSERT_TRUE(library::Index::Open((folder_ / ".pagesift-library.sqlite").string(), &index).ok());
  EXPECT_TRUE(index->CheckIntegrity().ok());
}

// Saves in a child process killed with SIGKILL at random moments: every file
// under a final name is complete, every index row has its files, the index
// passes SQLite's integrity check, and Reindex finds exactly the files.
TEST_F(LibraryTest, ASaveKilledAnywhereLeavesNoHalfState) {
  std::string body;
  for (int i = 0; i < 20000; ++i) body += "word" + std::to_string(i) + " ";
  body += "THE-END";
  SaveOptions save;
  save.formats = {SaveFormat::kMarkdown, SaveFormat::kHtml, SaveFormat::kJson};
  Result article = ArticleWithImages("Killed", &save.images);
  article.content += "<p>" + body + "</p>";
  save.images[0].bytes = Png(std::string(256u << 10, 'p') + "THE-END");
  // Kills land anywhere in a save: up to four saves' time (fsync makes that
  // anything from milliseconds to a second, with the machine's load).
  auto started = std::chrono::steady_clock::now();
  SavedArticle timed;
  ASSERT_TRUE(Open()->Save(article, save, &timed).ok());
  auto one_save = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - started);
  std::mt19937 random(20261128);
  for (int round = 0; round < 12; ++round) {
    pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
      std::unique_ptr<Library> library;
      LibraryOptions options;
      options.folder = folder_.string();
      if (!Library::Open(options, &library).ok()) _exit(1);
      for (;;) {
        SavedArticle saved;
        library->Save(article, save, &saved);
      }
    }
    auto limit = static_cast<useconds_t>(std::max<int64_t>(2000, 4 * one_save.count()));
    usleep(std::uniform_int_distribution<useconds_t>(1000, limit)(random));
    kill(child, SIGKILL);
    int status = 0;
    waitpid(child, &status, 0);
  }

  std::set<std::string> names;
  size_t image_folders = 0;
  for (const auto& e : fs::directory_iterator(folder_)) {
    std::string file = e.path().filename().string();
    if (file.starts_with(".")) continue;
    if (e.is_directory()) {
      // Whole, and always beside its article: the images folder is named first.
      EXPECT_TRUE(file.ends_with(".images")) << file;
      EXPECT_TRUE(Read(e.path() / "001.png").ends_with("THE-END")) << file;
      ++image_folders;
      continue;
    }
    std::string text = Read(e.path());
    EXPECT_NE(text.find("THE-END"), std::string::npos) << file;
    if (file.ends_with(".json")) {
      EXPECT_FALSE(nlohmann::json::parse(text, nullptr, false).is_discarded()) << file;
    }
    if (file.ends_with(".md")) {
      EXPECT_TRUE(text.starts_with("---\n")) << file;
    }
    names.insert(e.path().stem().string());
  }
  auto library = Open();
  std::vector<LibraryEntry> entries;
  ASSERT_TRUE(library->List(1000, 0, &entries).ok());
  for (const LibraryEntry& entry : entries) {
    for (const std::string& file : entry.files) EXPECT_TRUE(fs::exists(file)) << file;
  }
  std::unique_ptr<library::Index> index;
  ASSERT_TRUE(library::Index::Open((folder_ / ".pagesift-library.sqlite").string(), &index).ok());
  EXPECT_TRUE(index->CheckIntegrity().ok());
  ReindexReport report;
  ASSERT_TRUE(library->Reindex(&report).ok());
  EXPECT_EQ(report.articles, names.size());
  EXPECT_EQ(report.skipped_files, 0u);
  ASSERT_TRUE(library->List(1000, 0, &entries).ok());
  EXPECT_EQ(entries.size(), names.size());
  // Every images folder left belongs to an article; those a kill orphaned went.
  size_t linked_folders = 0;
  for (const LibraryEntry& entry : entries) {
    linked_folders += entry.files.back().ends_with(".images");
    for (const std::string& file : entry.files) EXPECT_TRUE(fs::exists(file)) << file;
  }
  size_t folders_after = 0;
  for (const auto& e : fs::directory_iterator(folder_)) folders_after += e.is_directory();
  EXPECT_EQ(folders_after, linked_folders);
  EXPECT_LE(linked_folders, image_folders);
  EXPECT_GT(names.size(), 1u) << "no killed child finished a save: the test tested nothing";
}

TEST_F(LibraryTest, RelativeFolderIsRefused) {
  std::unique_ptr<Library> library;
  LibraryOptions options;
  options.folder = "relative/path";
  EXPECT_EQ(Library::Open(options, &library).code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(library, nullptr);
}

TEST(FtsQuery, QuotesEveryWord) {
  EXPECT_EQ(library::FtsQueryOf("  cafe  au\"lait  "), "\"cafe\" \"au\"\"lait\"");
  EXPECT_EQ(library::FtsQueryOf("( * )"), "");
}

}  // namespace
}  // namespace pagesift
