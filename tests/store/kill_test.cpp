// A run killed with SIGKILL mid-batch, then rerun, ends with exactly the
// events of one clean run: on SQLite, and on PostgreSQL when
// HERALD_TEST_PG_URL is set.
#include <gtest/gtest.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <sstream>
#include <thread>

#include "store/event_store.h"
#include "store_test_util.h"

extern char** environ;

namespace {

const char* kCountries[] = {"France", "Germany", "Egypt", "Jordan", "Turkey", "Japan", "Brazil", "Kenya"};
const char* kDays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};

// n made-up articles that herald codes into events (visits, talks, criticism).
void write_input(const std::string& path, int n) {
  std::ofstream out(path);
  for (int i = 0; i < n; ++i) {
    const char* a = kCountries[i % 8];
    const char* b = kCountries[(i / 8 + 1 + i % 8) % 8];
    if (a == b) b = kCountries[(i + 3) % 8];
    int day = 1 + i % 27;
    out << "{\"id\": \"k" << i << "\", \"date\": \"2024-03-" << (day < 10 ? "0" : "") << day
        << "\", \"url\": \"https://site" << i % 5 << ".example/k" << i << "\", \"title\": \"Report " << i
        << "\", \"text\": \"The president of " << a << " met the foreign minister of " << b << " on "
        << kDays[i % 5] << ". " << a << " criticised " << b << " over trade rule number " << i
        << ". Officials said talks on item " << i * 7 << " would go on.\"}\n";
  }
}

pid_t spawn(const std::vector<std::string>& args) {
  std::vector<char*> argv;
  for (const auto& s : args) argv.push_back(const_cast<char*>(s.c_str()));
  argv.push_back(nullptr);
  pid_t pid = -1;
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
  if (posix_spawn(&pid, argv[0], &fa, nullptr, argv.data(), environ) != 0) pid = -1;
  posix_spawn_file_actions_destroy(&fa);
  return pid;
}

int run(const std::vector<std::string>& args) {
  pid_t pid = spawn(args);
  if (pid < 0) return -1;
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// Everything a run leaves, except when rows were added: events with their
// counts, and which mention belongs to which event.
std::string dump(const std::string& location) {
  herald::StoreOptions ro;
  ro.read_only = true;
  auto s = herald::EventStore::open(location, ro);
  if (!s.ok()) return "cannot open: " + s.error().to_string();
  std::ostringstream out;
  herald::EventQuery q;
  auto n = s.value()->scan_events(q, [&](const herald::EventRecord& e) {
    out << e.id << ' ' << (e.date ? e.date->iso() : "-") << ' ' << e.source.code << ' ' << e.code << ' '
        << e.target.code << ' ' << e.num_mentions << ' ' << e.num_sources << ' ' << e.num_articles << ' '
        << e.first_doc_id << '\n';
    return true;
  });
  auto m = s.value()->scan_mentions(q, [&](const herald::MentionRecord& r) {
    out << r.id << ' ' << r.event_id << ' ' << r.doc_id << ' ' << r.syndicated << '\n';
    return true;
  });
  if (!n.ok() || !m.ok()) return "cannot read";
  return out.str();
}

// Events stored so far, 0 while the store is not there yet.
uint64_t stored_events(const std::string& location) {
  herald::StoreOptions ro;
  ro.read_only = true;
  auto s = herald::EventStore::open(location, ro);
  if (!s.ok()) return 0;
  herald::EventQuery q;
  q.limit = 1;
  auto p = s.value()->find_events(q);
  return p.ok() ? p.value().total : 0;
}

class KillTest : public ::testing::TestWithParam<std::string> {};

TEST_P(KillTest, KilledRunThenRerunEqualsOneCleanRun) {
  auto clean = FreshStore::make(GetParam());
  if (!clean->available) GTEST_SKIP() << clean->skip_reason;
  auto killed = FreshStore::make(GetParam());
  ASSERT_TRUE(killed->available) << killed->skip_reason;
  const std::string herald = HERALD_BINARY;
  const std::string input = clean->dir.file("articles.jsonl");
  const int kArticles = 600;   // the first batch of 10 is stored long before the last
  write_input(input, kArticles);

  ASSERT_EQ(run({herald, "code", input, "--db", clean->location, "--batch", "10", "-q"}), 0);
  const std::string expected = dump(clean->location);
  ASSERT_GT(expected.size(), 1000u) << expected;

  pid_t pid = spawn({herald, "code", input, "--db", killed->location, "--batch", "10", "-q"});
  ASSERT_GT(pid, 0);
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (stored_events(killed->location) == 0 && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
  ASSERT_TRUE(WIFSIGNALED(status)) << "the run ended before it could be killed; use more articles";
  const std::string partial = dump(killed->location);
  EXPECT_LT(partial.size(), expected.size()) << "nothing was left to resume";
  EXPECT_FALSE(partial.rfind("cannot", 0) == 0) << partial;   // consistent and readable after the kill

  ASSERT_EQ(run({herald, "code", input, "--db", killed->location, "--batch", "10", "-q"}), 0);
  EXPECT_TRUE(dump(killed->location) == expected) << "the resumed store differs from a clean run";
  // A third run changes nothing either.
  ASSERT_EQ(run({herald, "code", input, "--db", killed->location, "--batch", "10", "-q"}), 0);
  EXPECT_TRUE(dump(killed->location) == expected);
}

INSTANTIATE_TEST_SUITE_P(Backends, KillTest, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

}  // namespace
