// Input gathering for `kg ingest` and `kg extract`: paths expanded (directories recursively, in
// sorted order, symlink loops and hidden files skipped), each file read whole with a size limit and
// checked (UTF-8, no NUL bytes, not empty), and every problem reported per file with a short kind
// ("invalid UTF-8", "empty", ...) so that the run can carry on with the rest and end with one
// summary line that groups what was skipped:
//
//   std::vector<InputProblem> problems;
//   for (const InputFile& f : ExpandInputs(paths, &problems)) {
//     std::string bytes; InputProblem why;
//     if (!ReadInput(f, max_bytes, &bytes, &why)) problems.push_back(why);
//   }
//   std::cerr << SkipSummary(problems);   // "3 skipped (1 invalid UTF-8, 2 empty)"
#ifndef KG_CLI_INPUTS_H_
#define KG_CLI_INPUTS_H_

#include <string>
#include <vector>

namespace kg::cli {

struct InputFile {
  std::string path;        // as found ("-" for standard input)
  std::string article_id;  // file name without extension ("stdin" for "-")
};

struct InputProblem {
  std::string path;
  std::string why;   // what happened and what to do, for the per-file message
  std::string kind;  // short group name for the summary: "missing", "empty", "invalid UTF-8", ...
};

// Expands `paths` into files. Missing paths, unreadable directories, symlink loops, special files
// and a second file claiming an article id already taken in this run become problems.
std::vector<InputFile> ExpandInputs(const std::vector<std::string>& paths,
                                    std::vector<InputProblem>* problems);

// Reads a file (or stdin for "-") whole and checks it is text. Fails with a reason and a kind for
// unreadable, too large, empty or whitespace-only, binary (NUL bytes) and invalid UTF-8 files.
bool ReadInput(const InputFile& in, size_t max_bytes, std::string* bytes, InputProblem* why);

// "N skipped" followed by the kinds with their counts, most frequent first:
// "3 skipped (2 empty, 1 invalid UTF-8)"; "0 skipped" when there are none.
std::string SkipSummary(const std::vector<InputProblem>& problems);

}  // namespace kg::cli

#endif  // KG_CLI_INPUTS_H_
