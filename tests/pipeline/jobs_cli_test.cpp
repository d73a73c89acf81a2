// `herald code --jobs N` as a user runs it: the same bytes on stdout as
// --jobs 1, a summary but no progress line when stderr is not a terminal,
// and a usage error for a job count of 0.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <string>

namespace {

struct Ran {
  int status = -1;
  std::string out;
};

// Runs a shell command; stdout is captured, stderr joins it when asked.
Ran run(const std::string& command) {
  Ran r;
  std::FILE* p = ::popen(command.c_str(), "r");
  if (!p) return r;
  std::array<char, 65536> buf;
  size_t n;
  while ((n = std::fread(buf.data(), 1, buf.size(), p)) > 0) r.out.append(buf.data(), n);
  int st = ::pclose(p);
  r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  return r;
}

const std::string kHerald = HERALD_BINARY;
const std::string kSamples = std::string(HERALD_SOURCE_DIR) + "/samples/articles";

TEST(JobsCli, StdoutIsTheSameBytesAsOneJob) {
  Ran one = run(kHerald + " code " + kSamples + " -o - -q --jobs 1");
  ASSERT_EQ(one.status, 0);
  ASSERT_GT(one.out.size(), 100u);
  for (const char* jobs : {"2", "5"}) {
    Ran many = run(kHerald + " code " + kSamples + " -o - -q --jobs " + jobs);
    EXPECT_EQ(many.status, 0);
    EXPECT_TRUE(many.out == one.out) << "--jobs " << jobs << " wrote other bytes";
  }
}

TEST(JobsCli, NoProgressLineWhenStderrIsNotATerminal) {
  Ran r = run(kHerald + " code " + kSamples + " -o /dev/null --jobs 2 2>&1");
  ASSERT_EQ(r.status, 0);
  EXPECT_NE(r.out.find("event(s) coded"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find('\r'), std::string::npos) << "a progress line went to a pipe";
  EXPECT_EQ(r.out.find("\033["), std::string::npos);
}

TEST(JobsCli, ZeroJobsIsAUsageError) {
  EXPECT_EQ(run(kHerald + " code " + kSamples + " -o /dev/null --jobs 0 2>/dev/null").status, 2);
}

}  // namespace
