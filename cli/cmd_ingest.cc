// `kg ingest PATH...` and `kg extract PATH...`: read articles, extract, then write them into the
// store (ingest) or print what was found (extract). Extraction runs on every core; one writer
// commits one article per transaction, in input order. Ctrl-C stops after the current article.
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <csignal>
#include <cstdio>
#include <iostream>
#include <map>
#include <mutex>
#include <optional>
#include <thread>

#include <pthread.h>

#include "cli/common.h"
#include "cli/inputs.h"
#include "extract/extractor.h"
#include "extract/render.h"

namespace kg::cli {
namespace {

std::atomic<bool> g_interrupted{false};
// The first Ctrl-C asks to stop after the current article; a second one stops at once.
void OnSignal(int sig) {
  if (g_interrupted.exchange(true)) {
    std::signal(sig, SIG_DFL);
    std::raise(sig);
  }
}

struct IngestOptions {
  std::vector<std::string> paths;
  std::string date;
  size_t max_bytes = 32u << 20;
  int jobs = 0;
  bool json = false;
  std::string format = "json";
};

// One file's outcome, produced by a worker.
struct Result {
  bool ok = false;
  bool interrupted = false;  // not read: the run was stopped first
  InputProblem why;
  ArticleExtraction x;
  std::string bytes;  // kept for the text view
};

// Runs `fn(index, result)` over every input in order, extracting on `jobs` threads: the calling
// thread (the consumer: ingest's one writer) and jobs - 1 workers. The consumer extracts the next
// article itself whenever the result it needs next is not ready, rather than wait while `jobs`
// workers share the same CPUs with it: with two workers and the writer on two cores, the writer
// (the thread that sets ingest's pace) waited 2.6-3.0 s of a 11-12 s run for a CPU (10k articles,
// /proc/<tid>/schedstat).
template <typename Fn>
void ExtractAll(const std::vector<InputFile>& files, const IngestOptions& opt, const Extractor& ex,
                bool keep_bytes, Fn&& fn) {
  const size_t n = files.size();
  std::vector<std::optional<Result>> results(n);
  std::mutex mu;
  std::condition_variable cv;
  std::atomic<size_t> next{0};
  size_t jobs = opt.jobs > 0 ? static_cast<size_t>(opt.jobs) : std::max(1u, std::thread::hardware_concurrency());
  jobs = std::min(jobs, std::max<size_t>(n, 1));
  // Bounded look-ahead so that memory stays flat on huge inputs.
  const size_t window = jobs * 4;
  std::atomic<size_t> consumed{0};
  std::vector<Result> graveyard;  // used by the consumer, freed by the next worker to finish one
  const bool workers = jobs > 1;
  // Extracts input i into results[i]. On a worker it also frees the consumer's used results.
  auto extract = [&](size_t i, bool on_worker) {
    Result r;
    std::string bytes;
    // Every index taken gets a result, so the consumer never waits for one that will not come.
    if (g_interrupted) {
      r.interrupted = true;
    } else if (ReadInput(files[i], opt.max_bytes, &bytes, &r.why)) {
      ExtractOptions eo;
      eo.date = opt.date;
      eo.path = files[i].path;
      Status s = ex.Extract(files[i].article_id, bytes, eo, &r.x);
      r.ok = s.ok();
      if (!s.ok()) r.why = {files[i].path, s.message(), "not extracted"};
      if (keep_bytes) r.bytes = std::move(bytes);
    }
    std::vector<Result> done;
    {
      std::lock_guard<std::mutex> lock(mu);
      results[i] = std::move(r);
      if (on_worker || !workers) done.swap(graveyard);
    }
    cv.notify_all();
    done.clear();  // the consumer's used results, freed here, off its thread when there are workers
  };
  auto work = [&] {
    pthread_setname_np(pthread_self(), "kg-extract");  // as top and perf show it
    for (;;) {
      const size_t i = next.fetch_add(1);
      if (i >= n) return;
      {
        std::unique_lock<std::mutex> lock(mu);
        // Timed waits: a signal handler cannot notify a condition variable.
        while (!(i < consumed + window || g_interrupted)) cv.wait_for(lock, std::chrono::milliseconds(50));
      }
      extract(i, true);
    }
  };
  std::vector<std::thread> threads;
  for (size_t t = 1; t < jobs; ++t) threads.emplace_back(work);
  for (size_t i = 0; i < n; ++i) {
    Result r;
    {
      std::unique_lock<std::mutex> lock(mu);
      while (!(results[i].has_value() || (g_interrupted && i >= next))) {
        // Not ready: take the next input not yet taken (within the look-ahead), or wait for the
        // one a worker is on. Inputs are taken in order, so input i has been by now.
        size_t j = next.load();
        if (!g_interrupted && j < n && j < i + window && next.compare_exchange_strong(j, j + 1)) {
          lock.unlock();
          extract(j, false);
          lock.lock();
          continue;
        }
        cv.wait_for(lock, std::chrono::milliseconds(50));
      }
      if (!results[i] || results[i]->interrupted) break;
      r = std::move(*results[i]);
      results[i].reset();
      consumed = i + 1;
    }
    cv.notify_all();
    const bool go_on = fn(i, r);
    {
      // A result is thousands of small allocations made by a worker. Freeing them here cost the
      // writer, the one thread that cannot be spread, about a tenth of its CPU (10k articles).
      std::lock_guard<std::mutex> lock(mu);
      graveyard.push_back(std::move(r));
    }
    if (!go_on) {
      g_interrupted = true;
      cv.notify_all();
      break;
    }
    if (g_interrupted) {
      cv.notify_all();
      break;
    }
  }
  g_interrupted = true;  // release waiting workers
  cv.notify_all();
  for (std::thread& t : threads) t.join();
}

// `s` as a JSON string literal.
std::string JsonString(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (static_cast<unsigned char>(c) < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned char>(c));
      out += buf;
    } else {
      out += c;
    }
  }
  return out + "\"";
}

// What to do when the store cannot be opened (`opening`) or refuses a write, from the message;
// empty when the message already says it.
std::string StoreHint(const std::string& message, bool opening) {
  auto has = [&](const char* s) { return message.find(s) != std::string::npos; };
  if (has("disk is full") || has("I/O error") || has("too large")) {
    return "could not write to the disk (full, failing, or a file size limit was hit): free space, "
           "then run the same command again; articles already ingested are kept and will count as "
           "unchanged";
  }
  if (has("locked") || has("busy")) {
    return "the store is busy: another kg has been writing to it for more than 5 s; run the same "
           "command again when it is done";
  }
  if (has("readonly") || has("read-only") || has("permission") || has("unable to open")) {
    return "the store cannot be written (read-only file, folder or file system: SQLite also needs to "
           "create STORE-wal and STORE-shm beside it); pass another --store or make it writable";
  }
  if (opening) {
    return has("cannot create the store") ? "check that its folder exists and is writable, or pass another --store"
                                          : "";
  }
  if (has("malformed") || has("corrupt")) {
    return "the store is damaged; this article was not written. Restore it from a backup, or rebuild "
           "it by ingesting the articles into a new --store";
  }
  return "the store was left as it was before this article";
}

bool LoadLexicon(Lexicon* lex) {
  Status s = Lexicon::LoadDefault(lex);
  if (!s.ok()) {
    PrintError(s.message());
    return false;
  }
  return true;
}

void RunIngest(const IngestOptions& opt) {
  std::vector<InputProblem> problems;
  const std::vector<InputFile> files = ExpandInputs(opt.paths, &problems);
  for (const InputProblem& p : problems) PrintError(p.path + ": " + p.why + "; skipped");
  Lexicon lex;
  if (!LoadLexicon(&lex)) {
    ExitCode() = kExitError;
    return;
  }
  // A file size limit (ulimit -f) must fail a write, which SQLite rolls back, not kill the process.
  std::signal(SIGXFSZ, SIG_IGN);
  std::unique_ptr<Store> store;
  Status s = Store::Open(StorePath(), Store::Mode::kReadWrite, &store);
  if (!s.ok()) {
    PrintError(s.message());
    if (const std::string hint = StoreHint(s.message(), true); !hint.empty()) PrintError(hint);
    ExitCode() = kExitError;
    return;
  }
  Extractor ex(&lex);
  g_interrupted = false;
  std::signal(SIGINT, OnSignal);
  std::signal(SIGTERM, OnSignal);
  int added = 0, unchanged = 0, replaced = 0;
  size_t handled = 0;
  bool fatal = false;
  // Articles go in batches (Store::BeginBatch): one commit for many articles, at least every
  // kBatchTime, so a crash loses no more than that and Ctrl-C keeps every whole article. Counts
  // are final once their batch is committed. A commit writes every page the batch touched, and
  // the pages an index shares between articles are written once per commit: 10k articles took
  // 57 s on one core with commits every 50 ms and 35 s with commits every second. How many
  // articles a batch takes grows with the store (Store::batch_articles, 256 to 2048); the time
  // bound lets a large store's batch fill at its slower pace.
  constexpr auto kBatchTime = std::chrono::milliseconds(5000);
  struct Pending {
    int added = 0, unchanged = 0, replaced = 0;
    int total() const { return added + unchanged + replaced; }
  } pending;
  auto batch_start = std::chrono::steady_clock::now();
  auto commit = [&]() -> bool {
    Status c = store->CommitBatch();
    if (!c.ok()) {
      PrintError(c.message() + "; the last " + std::to_string(pending.total()) +
                 " articles read are not in the store");
      if (const std::string hint = StoreHint(c.message(), false); !hint.empty()) PrintError(hint);
      pending = {};
      return false;
    }
    added += pending.added;
    unchanged += pending.unchanged;
    replaced += pending.replaced;
    pending = {};
    return true;
  };
  auto begin = [&]() -> bool {
    Status b = store->BeginBatch();
    if (!b.ok()) {
      PrintError(b.message());
      if (const std::string hint = StoreHint(b.message(), false); !hint.empty()) PrintError(hint);
      return false;
    }
    batch_start = std::chrono::steady_clock::now();
    return true;
  };
  if (!begin()) {
    ExitCode() = kExitError;
    return;
  }
  ExtractAll(files, opt, ex, false, [&](size_t i, Result& r) {
    ++handled;
    if (!r.ok) {
      PrintError(files[i].path + ": " + r.why.why + "; skipped");
      problems.push_back(std::move(r.why));
      return true;
    }
    IngestOutcome outcome;
    Status w = store->Ingest(r.x, &outcome);
    if (!w.ok()) {
      PrintError(files[i].path + ": not ingested: " + w.message());
      if (const std::string hint = StoreHint(w.message(), false); !hint.empty()) PrintError(hint);
      fatal = true;  // the store refused a write: stop rather than skip the rest one by one
      return false;
    }
    if (outcome == IngestOutcome::kAdded) ++pending.added;
    if (outcome == IngestOutcome::kUnchanged) ++pending.unchanged;
    if (outcome == IngestOutcome::kReplaced) ++pending.replaced;
    if (pending.total() >= store->batch_articles() ||
        std::chrono::steady_clock::now() - batch_start >= kBatchTime) {
      if (!commit() || !begin()) {
        fatal = true;
        return false;
      }
    }
    return true;
  });
  if (!commit()) fatal = true;
  const bool interrupted = !fatal && handled < files.size();
  if (interrupted) {
    PrintError("interrupted: stopped after the last whole article; " + std::to_string(files.size() - handled) +
               " not read. Run the same command again to finish (articles already in count as unchanged)");
  }
  const int skipped = static_cast<int>(problems.size());
  if (fatal) {
    PrintError("stopped at the first article the store refused; " + std::to_string(files.size() - handled) +
               " after it not read");
  }
  StoreStats st;
  Status stats = store->SummaryStats(&st);
  if (!stats.ok()) PrintError(stats.message());
  const int done = added + unchanged + replaced;
  if (opt.json) {
    std::map<std::string, int> kinds;
    for (const InputProblem& p : problems) ++kinds[p.kind];
    std::string by_kind;
    for (const auto& [kind, n] : kinds) {
      by_kind += (by_kind.empty() ? "" : ",") + JsonString(kind) + ":" + std::to_string(n);
    }
    std::cout << "{\"store\":" << JsonString(StorePath()) << ",\"articles_read\":" << done << ",\"added\":" << added
              << ",\"unchanged\":" << unchanged << ",\"replaced\":" << replaced << ",\"skipped\":" << skipped
              << ",\"skipped_by_reason\":{" << by_kind << "}"
              << ",\"interrupted\":" << (interrupted ? "true" : "false") << ",\"stopped\":" << (fatal ? "true" : "false")
              << ",\"entities\":" << st.entities << ",\"relations\":" << st.relations << "}\n";
  }
  std::cerr << "kg: ingested " << done << " article" << (done == 1 ? "" : "s") << " (" << added << " added, "
            << unchanged << " unchanged, " << replaced << " replaced), " << SkipSummary(problems)
            << (interrupted ? ", interrupted" : "") << (fatal ? ", stopped" : "") << "; " << StorePath();
  if (stats.ok()) {
    std::cerr << " holds " << st.articles << " articles, " << st.entities << " entities, " << st.relations
              << " relations\n";
  } else {
    std::cerr << " could not be counted\n";
  }
  // Only now: a Ctrl-C that comes during the summary, after the last commit, ends nothing early.
  std::signal(SIGINT, SIG_DFL);
  std::signal(SIGTERM, SIG_DFL);
  ExitCode() = fatal ? kExitError : (skipped > 0 || interrupted) ? kExitNotFound : kExitOk;
}

void RunExtract(const IngestOptions& opt) {
  if (opt.format != "json" && opt.format != "text") {
    PrintError("--format must be json or text");
    ExitCode() = kExitError;
    return;
  }
  std::vector<InputProblem> problems;
  const std::vector<InputFile> files = ExpandInputs(opt.paths, &problems);
  for (const InputProblem& p : problems) PrintError(p.path + ": " + p.why + "; skipped");
  Lexicon lex;
  if (!LoadLexicon(&lex)) {
    ExitCode() = kExitError;
    return;
  }
  Extractor ex(&lex);
  g_interrupted = false;
  std::signal(SIGINT, OnSignal);
  std::signal(SIGTERM, OnSignal);
  size_t handled = 0;
  int extracted = 0;
  ExtractAll(files, opt, ex, opt.format == "text", [&](size_t i, Result& r) {
    ++handled;
    if (!r.ok) {
      PrintError(files[i].path + ": " + r.why.why + "; skipped");
      problems.push_back(std::move(r.why));
      return true;
    }
    ++extracted;
    if (opt.format == "json") {
      std::cout << ExtractionJson(r.x) << "\n";
    } else {
      std::cout << "== " << files[i].path << " (" << r.x.article.id << ")\n" << ExtractionText(r.x, r.bytes) << "\n";
    }
    return true;
  });
  std::signal(SIGINT, SIG_DFL);
  std::signal(SIGTERM, SIG_DFL);
  const bool interrupted = handled < files.size();
  if (interrupted) PrintError("interrupted; " + std::to_string(files.size() - handled) + " not read");
  if (!problems.empty() || interrupted) {
    std::cerr << "kg: extracted " << extracted << " article" << (extracted == 1 ? "" : "s") << ", "
              << SkipSummary(problems) << (interrupted ? ", interrupted" : "") << "\n";
  }
  ExitCode() = !problems.empty() || interrupted ? kExitNotFound : kExitOk;
}

void AddCommonOptions(CLI::App* cmd, IngestOptions* opt) {
  cmd->add_option("paths", opt->paths, "Article files or directories (recursively); - for standard input")
      ->required();
  cmd->add_option("--date", opt->date,
                  "The articles' date (YYYY-MM-DD) for relative dates, when the text carries none");
  cmd->add_option("--max-bytes", opt->max_bytes, "Largest article read (bytes)")->capture_default_str();
  cmd->add_option("-j,--jobs", opt->jobs, "Threads that extract, the one that writes among them (default: one per core)");
}

}  // namespace

void SetupIngest(CLI::App& app) {
  auto opt = std::make_shared<IngestOptions>();
  CLI::App* ingest = app.add_subcommand("ingest", "Extract articles and merge them into the store");
  AddCommonOptions(ingest, opt.get());
  ingest->add_flag("--json", opt->json, "Print the summary as JSON on stdout");
  ingest->callback([opt] { RunIngest(*opt); });

  auto xopt = std::make_shared<IngestOptions>();
  CLI::App* extract = app.add_subcommand("extract", "Extract articles and print what was found (the store is not touched)");
  AddCommonOptions(extract, xopt.get());
  extract->add_option("--format", xopt->format, "json (one object per article, the evaluation format) or text")
      ->capture_default_str();
  extract->callback([xopt] { RunExtract(*xopt); });
}

}  // namespace kg::cli
