#include "cli/inputs.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <system_error>
#include <utility>

#include "extract/text.h"

namespace kg::cli {
namespace fs = std::filesystem;

namespace {

std::string Stem(const fs::path& p) { return p.stem().string(); }

// A problem from a failed stat/open: the kind follows errno so that the summary can group them.
InputProblem FromError(const std::string& path, const std::error_code& ec, bool is_link_target) {
  if (ec == std::errc::too_many_symbolic_link_levels) {
    return {path, "symbolic link loop (the link points back at itself); remove or fix the link", "symlink loop"};
  }
  if (ec == std::errc::no_such_file_or_directory) {
    if (is_link_target) {
      return {path, "broken symbolic link (its target does not exist); fix or remove the link", "broken link"};
    }
    return {path, "no such file or directory; check the path", "missing"};
  }
  if (ec == std::errc::permission_denied) {
    return {path, "permission denied; make it readable (chmod u+r) or run as its owner", "unreadable"};
  }
  return {path, "cannot read (" + ec.message() + ")", "unreadable"};
}

InputProblem NotRegular(const std::string& path) {
  return {path, "not a regular file (a pipe, socket or device); give a text file or use - for standard input",
          "not a regular file"};
}

void Walk(const fs::path& dir, std::set<std::string>* seen_dirs, std::vector<InputFile>* out,
          std::vector<InputProblem>* problems) {
  std::error_code ec;
  const fs::path canonical = fs::canonical(dir, ec);
  if (ec) {
    problems->push_back(FromError(dir.string(), ec, false));
    return;
  }
  if (!seen_dirs->insert(canonical.string()).second) {
    // A link to one of its own ancestors is a loop; otherwise the same folder came up twice.
    const fs::path parent = fs::weakly_canonical(dir.parent_path(), ec);
    const bool loop = !ec && parent.string().rfind(canonical.string(), 0) == 0;
    problems->push_back({dir.string(),
                         (loop ? "symbolic link loop back to " : "directory already read as ") +
                             canonical.string() + "; its files were read once",
                         loop ? "symlink loop" : "repeated directory"});
    return;
  }
  std::vector<fs::directory_entry> entries;
  fs::directory_iterator it(dir, ec);
  if (ec) {
    InputProblem p = FromError(dir.string(), ec, false);
    p.why = "cannot list directory: " + p.why;
    problems->push_back(std::move(p));
    return;
  }
  for (; it != fs::directory_iterator(); it.increment(ec)) {
    if (ec) {
      problems->push_back({dir.string(), "listing stopped early (" + ec.message() + "); some files were not read",
                           "unreadable"});
      break;
    }
    entries.push_back(*it);
  }
  std::sort(entries.begin(), entries.end(),
            [](const fs::directory_entry& a, const fs::directory_entry& b) { return a.path() < b.path(); });
  for (const fs::directory_entry& e : entries) {
    const std::string name = e.path().filename().string();
    if (name.empty() || name[0] == '.') continue;
    std::error_code sec;
    const fs::file_status st = fs::status(e.path(), sec);
    if (sec) {
      std::error_code lec;
      problems->push_back(FromError(e.path().string(), sec, fs::is_symlink(e.path(), lec)));
    } else if (fs::is_directory(st)) {
      Walk(e.path(), seen_dirs, out, problems);
    } else if (fs::is_regular_file(st)) {
      out->push_back({e.path().string(), Stem(e.path())});
    } else {
      problems->push_back(NotRegular(e.path().string()));
    }
  }
}

// 1-based line of byte `at`.
long LineOf(const std::string& bytes, size_t at) {
  return 1 + static_cast<long>(std::count(bytes.begin(), bytes.begin() + std::min(at, bytes.size()), '\n'));
}

// UTF-16 without a byte order mark: in the first bytes, NULs (the high byte of spaces, digits and
// Latin letters) sit only at odd positions (little-endian) or only at even ones (big-endian).
bool LooksLikeUtf16(const std::string& bytes) {
  const size_t n = std::min<size_t>(bytes.size(), 1024) & ~size_t{1};
  size_t zeros[2] = {0, 0};
  for (size_t i = 0; i < n; ++i) zeros[i & 1] += bytes[i] == '\0';
  const size_t enough = std::max<size_t>(2, n / 40);
  return (zeros[0] >= enough && zeros[1] == 0) || (zeros[1] >= enough && zeros[0] == 0);
}

std::string TooLarge(uintmax_t size, size_t max_bytes) {
  return "too large (" + (size ? std::to_string(size) + " bytes" : std::string("more")) + "; the limit is " +
         std::to_string(max_bytes) + " bytes: split the file or raise the limit with --max-bytes)";
}

}  // namespace

std::vector<InputFile> ExpandInputs(const std::vector<std::string>& paths,
                                    std::vector<InputProblem>* problems) {
  std::vector<InputFile> found;
  std::set<std::string> seen_dirs;
  for (const std::string& p : paths) {
    if (p == "-") {
      found.push_back({"-", "stdin"});
      continue;
    }
    std::error_code ec;
    const fs::file_status st = fs::status(p, ec);
    if (ec || !fs::exists(st)) {
      std::error_code lec;
      problems->push_back(FromError(p, ec ? ec : std::make_error_code(std::errc::no_such_file_or_directory),
                                    fs::is_symlink(p, lec)));
    } else if (fs::is_directory(st)) {
      Walk(p, &seen_dirs, &found, problems);
    } else if (fs::is_regular_file(st)) {
      found.push_back({p, Stem(p)});
    } else {
      problems->push_back(NotRegular(p));
    }
  }
  // One article per id: the same file named twice is read once; two files with one name would
  // overwrite each other in the store, so the second is refused.
  std::vector<InputFile> out;
  std::map<std::string, std::pair<std::string, std::string>> by_id;  // id → (path, canonical path)
  for (InputFile& f : found) {
    std::error_code ec;
    std::string canonical = f.path == "-" ? "-" : fs::weakly_canonical(f.path, ec).string();
    if (ec) canonical = f.path;
    auto [it, inserted] = by_id.emplace(f.article_id, std::make_pair(f.path, canonical));
    if (inserted) {
      out.push_back(std::move(f));
    } else if (it->second.second != canonical) {
      problems->push_back({f.path,
                           "article id '" + f.article_id + "' is already taken by " + it->second.first +
                               " in this run (ids are file names without extension); rename one of them",
                           "duplicate id"});
    }
  }
  return out;
}

bool ReadInput(const InputFile& in, size_t max_bytes, std::string* bytes, InputProblem* why) {
  bytes->clear();
  why->path = in.path;
  auto fail = [&](std::string text, std::string kind) {
    why->why = std::move(text);
    why->kind = std::move(kind);
    bytes->clear();
    return false;
  };
  if (in.path == "-") {
    // Bounded: never hold more than the limit plus one block.
    char buf[1 << 16];
    while (std::cin.read(buf, sizeof buf) || std::cin.gcount() > 0) {
      bytes->append(buf, static_cast<size_t>(std::cin.gcount()));
      if (bytes->size() > max_bytes) return fail(TooLarge(0, max_bytes), "too large");
    }
    if (std::cin.bad()) return fail("read error on standard input", "unreadable");
  } else {
    std::error_code ec;
    const auto size = fs::file_size(in.path, ec);
    if (ec) return fail(FromError(in.path, ec, false).why, FromError(in.path, ec, false).kind);
    if (size > max_bytes) return fail(TooLarge(size, max_bytes), "too large");
    std::ifstream f(in.path, std::ios::binary);
    if (!f) {
      return fail(FromError(in.path, std::error_code(errno ? errno : EACCES, std::generic_category()), false).why,
                  "unreadable");
    }
    bytes->resize(static_cast<size_t>(size));
    f.read(bytes->data(), static_cast<std::streamsize>(size));
    bytes->resize(static_cast<size_t>(f.gcount()));
    if (f.bad()) return fail("read error (" + std::string(std::strerror(errno)) + ")", "unreadable");
    // The file may have grown since it was measured: read the rest, still bounded.
    char buf[1 << 16];
    while (f.read(buf, sizeof buf) || f.gcount() > 0) {
      bytes->append(buf, static_cast<size_t>(f.gcount()));
      if (bytes->size() > max_bytes) return fail(TooLarge(0, max_bytes), "too large");
    }
  }
  if (bytes->find_first_not_of(" \t\r\n\v\f") == std::string::npos) {
    return fail(bytes->empty() ? "empty file: nothing to read" : "empty (only white space): nothing to read", "empty");
  }
  if (bytes->size() >= 2 && (((*bytes)[0] == '\xFF' && (*bytes)[1] == '\xFE') ||
                             ((*bytes)[0] == '\xFE' && (*bytes)[1] == '\xFF'))) {
    return fail("UTF-16 text; convert it to UTF-8 (e.g. iconv -f UTF-16 -t UTF-8)", "UTF-16");
  }
  const size_t nul = bytes->find('\0');
  if (nul != std::string::npos) {
    if (LooksLikeUtf16(*bytes)) {
      return fail("UTF-16 text without a byte order mark; convert it to UTF-8 (e.g. iconv -f UTF-16LE -t UTF-8)",
                  "UTF-16");
    }
    return fail("NUL byte at byte " + std::to_string(nul) + ": a binary file, not an article", "binary");
  }
  const long bad = FirstInvalidUtf8(*bytes);
  if (bad >= 0) {
    return fail("invalid UTF-8 at byte " + std::to_string(bad) + " (line " +
                    std::to_string(LineOf(*bytes, static_cast<size_t>(bad))) +
                    "); convert the file to UTF-8 (e.g. iconv -f CP1256 -t UTF-8)",
                "invalid UTF-8");
  }
  return true;
}

std::string SkipSummary(const std::vector<InputProblem>& problems) {
  std::map<std::string, int> counts;
  for (const InputProblem& p : problems) ++counts[p.kind.empty() ? "other" : p.kind];
  std::vector<std::pair<std::string, int>> kinds(counts.begin(), counts.end());
  std::stable_sort(kinds.begin(), kinds.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  std::string out = std::to_string(problems.size()) + " skipped";
  if (kinds.empty()) return out;
  out += " (";
  for (size_t i = 0; i < kinds.size(); ++i) {
    if (i) out += ", ";
    out += std::to_string(kinds[i].second) + " " + kinds[i].first;
  }
  out += ")";
  return out;
}

}  // namespace kg::cli
