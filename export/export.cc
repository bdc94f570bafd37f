#include "export/export.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <locale>
#include <memory>

#include "export/table.h"

namespace kg {
namespace {

using export_detail::Table;

struct FormatRow {
  std::string_view name;
  Format format;
};
constexpr FormatRow kFormats[] = {
    {"graphml", Format::kGraphML}, {"gexf", Format::kGexf},   {"json", Format::kJson},
    {"csv", Format::kCsv},         {"neo4j", Format::kNeo4j}, {"dot", Format::kDot},
};

std::string Errno() { return std::strerror(errno); }

std::string DirectoryOf(const std::string& path) {
  const size_t slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  return slash == 0 ? "/" : path.substr(0, slash);
}

// A file written beside its final path and renamed into place only when complete. The destructor
// removes the temporary file unless Rename() succeeded.
class AtomicFile {
 public:
  AtomicFile() = default;
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;
  ~AtomicFile() {
    if (fd_ >= 0) ::close(fd_);
    if (!tmp_path_.empty() && !renamed_) ::unlink(tmp_path_.c_str());
  }

  Status Open(const std::string& path) {
    path_ = path;
    std::string pattern = path + ".tmp-XXXXXX";
    fd_ = ::mkstemp(pattern.data());
    if (fd_ < 0) {
      if (errno == ENOENT || errno == ENOTDIR) {
        return Status::Error("cannot write " + path + ": directory " + DirectoryOf(path) +
                             " does not exist");
      }
      return Status::Error("cannot write " + path + ": " + Errno());
    }
    tmp_path_ = pattern;
    stream_.imbue(std::locale::classic());
    stream_.open(tmp_path_, std::ios::binary | std::ios::trunc);
    if (!stream_) return Status::Error("cannot write " + tmp_path_ + ": " + Errno());
    return Status::Ok();
  }

  std::ostream& stream() { return stream_; }

  // Flushes and syncs the temporary file and gives it the permissions a new file would get.
  Status Close() {
    stream_.flush();
    const bool ok = static_cast<bool>(stream_);
    stream_.close();
    if (!ok || stream_.fail()) return Status::Error("error writing " + tmp_path_ + ": " + Errno());
    if (::fsync(fd_) != 0) return Status::Error("error syncing " + tmp_path_ + ": " + Errno());
    const mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(fd_, 0666 & ~mask);
    ::close(fd_);
    fd_ = -1;
    return Status::Ok();
  }

  Status Rename() {
    if (::rename(tmp_path_.c_str(), path_.c_str()) != 0) {
      return Status::Error("cannot rename " + tmp_path_ + " to " + path_ + ": " + Errno());
    }
    renamed_ = true;
    // Make the rename itself durable; failure here does not undo a complete file.
    const int dir = ::open(DirectoryOf(path_).c_str(), O_RDONLY | O_DIRECTORY);
    if (dir >= 0) {
      ::fsync(dir);
      ::close(dir);
    }
    return Status::Ok();
  }

 private:
  std::string path_;
  std::string tmp_path_;
  int fd_ = -1;
  bool renamed_ = false;
  std::ofstream stream_;
};

bool Contains(const std::vector<std::string>& list, std::string_view value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

void WriteTable(const Table& t, Format format, std::ostream& out) {
  switch (format) {
    case Format::kGraphML:
      export_detail::WriteGraphML(t, out);
      break;
    case Format::kGexf:
      export_detail::WriteGexf(t, out);
      break;
    case Format::kJson:
      export_detail::WriteJson(t, out);
      break;
    case Format::kDot:
      export_detail::WriteDot(t, out);
      break;
    case Format::kCsv:
    case Format::kNeo4j:
      break;  // two files: handled by WriteToPath
  }
}

void Fill(const Table& t, std::vector<std::string> paths, ExportResult* result) {
  if (result == nullptr) return;
  result->nodes = static_cast<int>(t.nodes.size());
  result->edges = static_cast<int>(t.edges.size());
  result->paths = std::move(paths);
}

}  // namespace

std::optional<Format> ParseFormat(std::string_view name) {
  for (const FormatRow& r : kFormats) {
    if (r.name == name) return r.format;
  }
  return std::nullopt;
}

std::string_view FormatName(Format format) {
  for (const FormatRow& r : kFormats) {
    if (r.format == format) return r.name;
  }
  return "graphml";
}

bool IsSingleStream(Format format) { return format != Format::kCsv && format != Format::kNeo4j; }

Selection SelectAll(const KnowledgeGraph& kg, const ExportOptions& options) {
  const Graph& g = kg.graph();
  const size_t n = boost::num_vertices(g);
  std::vector<char> kept(n, 0);
  for (Vertex v = 0; v < n; ++v) {
    kept[v] = options.types.empty() || std::find(options.types.begin(), options.types.end(),
                                                 g[v].type) != options.types.end();
  }
  Selection sel;
  std::vector<char> touched(n, 0);
  for (const Edge& e : boost::make_iterator_range(boost::edges(g))) {
    const EdgeProps& p = g[e];
    const Vertex s = boost::source(e, g), t = boost::target(e, g);
    if (!kept[s] || !kept[t]) continue;
    if (!options.relations.empty() && !Contains(options.relations, p.relation)) continue;
    if (!options.include_co_mentioned && p.relation == "co_mentioned") continue;
    if (!(p.weight >= options.min_weight)) continue;
    sel.edges.push_back(e);
    touched[s] = touched[t] = 1;
  }
  // The store's relation order rather than Boost's per-vertex order.
  std::stable_sort(sel.edges.begin(), sel.edges.end(), [&](const Edge& a, const Edge& b) {
    return g[a].relation_index < g[b].relation_index;
  });
  for (Vertex v = 0; v < n; ++v) {
    if (kept[v] && (!options.drop_isolated || touched[v])) sel.vertices.push_back(v);
  }
  return sel;
}

Status Write(const KnowledgeGraph& g, const Selection& selection, const ExportOptions& options,
             std::ostream& out, ExportResult* result) {
  if (!IsSingleStream(options.format)) {
    return Status::Error(std::string(FormatName(options.format)) +
                         " export writes two files: give an output path, not a stream");
  }
  Table t;
  if (Status s = export_detail::BuildTable(g, selection, options, &t); !s.ok()) return s;
  WriteTable(t, options.format, out);
  out.flush();
  if (!out) return Status::Error("error writing the export stream");
  Fill(t, {}, result);
  return Status::Ok();
}

std::vector<std::string> OutputPaths(Format format, const std::string& path) {
  if (IsSingleStream(format)) return {path};
  std::string stem = path;
  for (std::string_view suffix : {".nodes.csv", ".edges.csv", ".relationships.csv", ".csv"}) {
    if (stem.size() > suffix.size() && stem.compare(stem.size() - suffix.size(), suffix.size(),
                                                    suffix.data(), suffix.size()) == 0) {
      stem.resize(stem.size() - suffix.size());
      break;
    }
  }
  return {stem + ".nodes.csv",
          stem + (format == Format::kNeo4j ? ".relationships.csv" : ".edges.csv")};
}

Status WriteToPath(const KnowledgeGraph& g, const Selection& selection,
                   const ExportOptions& options, const std::string& path, ExportResult* result) {
  if (path.empty()) return Status::Error("export: empty output path");
  if (path == "-") {
    if (!IsSingleStream(options.format)) {
      return Status::Error(
          std::string(FormatName(options.format)) +
          " export writes two files and cannot go to standard output: give -o PATH");
    }
    if (Status s = Write(g, selection, options, std::cout, result); !s.ok()) return s;
    if (result != nullptr) result->paths = {"-"};
    return Status::Ok();
  }

  Table t;
  if (Status s = export_detail::BuildTable(g, selection, options, &t); !s.ok()) return s;
  const std::vector<std::string> paths = OutputPaths(options.format, path);
  std::vector<std::unique_ptr<AtomicFile>> files;
  for (size_t i = 0; i < paths.size(); ++i) {
    files.push_back(std::make_unique<AtomicFile>());
    AtomicFile& f = *files.back();
    if (Status s = f.Open(paths[i]); !s.ok()) return s;
    switch (options.format) {
      case Format::kCsv:
        (i == 0 ? export_detail::WriteCsvNodes : export_detail::WriteCsvEdges)(t, f.stream());
        break;
      case Format::kNeo4j:
        (i == 0 ? export_detail::WriteNeo4jNodes : export_detail::WriteNeo4jRelationships)(
            t, f.stream());
        break;
      default:
        WriteTable(t, options.format, f.stream());
    }
    if (Status s = f.Close(); !s.ok()) return s;
  }
  // Every file is complete before the first one replaces anything.
  for (auto& f : files) {
    if (Status s = f->Rename(); !s.ok()) return s;
  }
  Fill(t, paths, result);
  return Status::Ok();
}

}  // namespace kg
