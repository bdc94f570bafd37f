#include "cli/inputs.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <set>
#include <system_error>

namespace kg::cli {
namespace fs = std::filesystem;

namespace {

std::string Stem(const fs::path& p) { return p.stem().string(); }

void Walk(const fs::path& dir, std::set<std::string>* seen_dirs, std::vector<InputFile>* out,
          std::vector<InputProblem>* problems) {
  std::error_code ec;
  const fs::path canonical = fs::canonical(dir, ec);
  if (ec) {
    problems->push_back({dir.string(), ec.message()});
    return;
  }
  if (!seen_dirs->insert(canonical.string()).second) {
    problems->push_back({dir.string(), "directory already visited (symlink loop?); skipped"});
    return;
  }
  std::vector<fs::directory_entry> entries;
  fs::directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
  if (ec) {
    problems->push_back({dir.string(), "cannot list directory: " + ec.message()});
    return;
  }
  for (; it != fs::directory_iterator(); it.increment(ec)) {
    if (ec) break;
    entries.push_back(*it);
  }
  std::sort(entries.begin(), entries.end(),
            [](const fs::directory_entry& a, const fs::directory_entry& b) { return a.path() < b.path(); });
  for (const fs::directory_entry& e : entries) {
    const std::string name = e.path().filename().string();
    if (name.empty() || name[0] == '.') continue;
    std::error_code sec;
    if (e.is_directory(sec)) {
      Walk(e.path(), seen_dirs, out, problems);
    } else if (e.is_regular_file(sec)) {
      out->push_back({e.path().string(), Stem(e.path())});
    } else if (e.is_symlink(sec) || sec) {
      problems->push_back({e.path().string(), "broken link or unreadable entry; skipped"});
    }
  }
}

}  // namespace

std::vector<InputFile> ExpandInputs(const std::vector<std::string>& paths,
                                    std::vector<InputProblem>* problems) {
  std::vector<InputFile> out;
  std::set<std::string> seen_dirs;
  for (const std::string& p : paths) {
    if (p == "-") {
      out.push_back({"-", "stdin"});
      continue;
    }
    std::error_code ec;
    const fs::file_status st = fs::status(p, ec);
    if (ec || !fs::exists(st)) {
      problems->push_back({p, "no such file or directory"});
    } else if (fs::is_directory(st)) {
      Walk(p, &seen_dirs, &out, problems);
    } else if (fs::is_regular_file(st)) {
      out.push_back({p, Stem(p)});
    } else {
      problems->push_back({p, "not a regular file or directory; skipped"});
    }
  }
  return out;
}

bool ReadInput(const InputFile& in, size_t max_bytes, std::string* bytes, std::string* why) {
  bytes->clear();
  if (in.path == "-") {
    bytes->assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  } else {
    std::error_code ec;
    const auto size = fs::file_size(in.path, ec);
    if (ec) {
      *why = "cannot read: " + ec.message();
      return false;
    }
    if (size > max_bytes) {
      *why = "too large (" + std::to_string(size) + " bytes; the limit is " + std::to_string(max_bytes) +
             ", raise it with --max-bytes)";
      return false;
    }
    std::ifstream f(in.path, std::ios::binary);
    if (!f) {
      *why = "cannot open (permission denied?)";
      return false;
    }
    bytes->assign(std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>());
    if (f.bad()) {
      *why = "read error";
      return false;
    }
  }
  if (bytes->size() > max_bytes) {
    *why = "too large (limit " + std::to_string(max_bytes) + " bytes, raise it with --max-bytes)";
    return false;
  }
  if (bytes->find_first_not_of(" \t\r\n\v\f") == std::string::npos) {
    *why = "empty or only white space; nothing to read";
    return false;
  }
  return true;
}

}  // namespace kg::cli
