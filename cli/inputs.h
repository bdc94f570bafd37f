// Input gathering for `kg ingest` and `kg extract`: paths expanded (directories recursively, in
// sorted order, symlink loops and hidden files skipped), each file read whole with a size limit,
// and every problem reported per file so that the run can carry on with the rest.
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
  std::string why;
};

// Expands `paths` into files. Missing paths and unreadable directories become problems.
std::vector<InputFile> ExpandInputs(const std::vector<std::string>& paths,
                                    std::vector<InputProblem>* problems);

// Reads a file (or stdin for "-") whole. Fails with a reason for unreadable, too large, empty or
// whitespace-only files.
bool ReadInput(const InputFile& in, size_t max_bytes, std::string* bytes, std::string* why);

}  // namespace kg::cli

#endif  // KG_CLI_INPUTS_H_
