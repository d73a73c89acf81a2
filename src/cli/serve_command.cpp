// herald serve: the read-only HTTP API over a store (docs/api.md).
#include <pthread.h>

#include <csignal>
#include <filesystem>
#include <iostream>
#include <memory>
#include <thread>

#include "cli/commands.h"
#include "server/api_server.h"

namespace herald {

namespace {

struct ServeArgs {
  ServerOptions server;
  std::vector<std::string> data_dirs;
  bool no_code = false;
  std::string web_dir;
  bool no_web = false;
};

bool loopback(const std::string& host) {
  return host == "127.0.0.1" || host == "localhost" || host == "::1" || host.rfind("127.", 0) == 0;
}

int run_serve(ServeArgs& a) {
  a.server.code_endpoint = !a.no_code;
  // The dashboard: --web DIR, else the one this build made (web/CMakeLists.txt), when it was built.
  if (!a.no_web && a.web_dir.empty() && std::filesystem::exists(std::string(HERALD_WEB_DIR) + "/index.html"))
    a.web_dir = HERALD_WEB_DIR;
  if (!a.no_web && a.web_dir.empty())
    std::cerr << "herald serve: no dashboard at " << HERALD_WEB_DIR
              << " (cmake --build build --target herald_web builds it); serving the API only\n";
  if (a.no_web) a.web_dir.clear();
  a.server.web_dir = a.web_dir;
  a.server.pipeline.paths.dirs.insert(a.server.pipeline.paths.dirs.begin(), a.data_dirs.begin(), a.data_dirs.end());
  // SIGINT/SIGTERM are taken by one waiting thread, which stops the server;
  // blocked here so every server thread inherits the mask. A handler is set
  // first so that a signal the shell ignored for a background job (SIG_IGN)
  // is still delivered to sigwait.
  std::signal(SIGINT, [](int) {});
  std::signal(SIGTERM, [](int) {});
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  auto server = ApiServer::create(a.server);
  if (!server.ok()) {
    std::cerr << "herald serve: " << server.error().to_string() << '\n';
    return 2;
  }
  auto port = server.value()->bind();
  if (!port.ok()) {
    std::cerr << "herald serve: " << port.error().to_string() << '\n';
    return 2;
  }
  if (!loopback(a.server.host))
    std::cerr << "herald serve: warning: listening on " << a.server.host
              << ", reachable from other machines; the API has no authentication\n";
  std::cerr << "herald serve: http://" << a.server.host << ':' << port.value()
            << (a.server.web_dir.empty() ? "/api/health" : "/ (dashboard), /api/health") << " (Ctrl-C stops)\n";
  ApiServer* s = server.value().get();
  std::thread waiter([&stop_signals, s] {
    int sig = 0;
    sigwait(&stop_signals, &sig);
    s->stop();
  });
  bool ok = s->listen();
  pthread_kill(waiter.native_handle(), SIGTERM);  // wakes the waiter when listen ended by itself
  waiter.join();
  return ok ? 0 : 2;
}

}  // namespace

void add_serve_command(CLI::App& app, int& status) {
  auto args = std::make_shared<ServeArgs>();
  auto* serve = app.add_subcommand("serve", "Serve the events of a database over HTTP (read-only JSON/CSV API)");
  serve->add_option("--db", args->server.db, "SQLite database written by `herald code --db` (or postgresql://...)")
      ->required();
  serve->add_option("--port", args->server.port, "TCP port (0: any free port)")->check(CLI::Range(0, 65535))
      ->capture_default_str();
  serve->add_option("--host", args->server.host, "Address to bind; other than loopback only when you mean it")
      ->capture_default_str();
  serve->add_option("--threads", args->server.threads, "HTTP worker threads (one per open client connection)")
      ->check(CLI::Range(1, 1024))
      ->capture_default_str();
  serve->add_option("--connections", args->server.connections, "Read-only database connections")
      ->check(CLI::Range(1, 256))
      ->capture_default_str();
  serve->add_option("--query-timeout-ms", args->server.query_timeout_ms, "Stop a query after this long (400)")
      ->check(CLI::Range(1, 600000))
      ->capture_default_str();
  serve->add_option("--max-body-bytes", args->server.max_body_bytes, "Largest POST /api/code body (413 above)")
      ->check(CLI::Range(1, 64 << 20))
      ->capture_default_str();
  serve->add_flag("--no-code", args->no_code, "Do not load dictionaries; POST /api/code answers 503");
  serve->add_option("--data", args->data_dirs, "Extra dictionary folder, searched first (repeatable)");
  serve->add_flag("--log", args->server.log_requests, "Log one line per request on stderr");
  serve->add_option("--web", args->web_dir, "Folder of the built dashboard served at / (default: the build's web/)");
  serve->add_flag("--no-web", args->no_web, "Serve the API only, no dashboard at /");
  serve->callback([args, &status] { status = run_serve(*args); });
}

}  // namespace herald
