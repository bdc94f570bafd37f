// A small XML 1.0 well-formedness check for the exporters' fuzz target: UTF-8 that is valid and
// free of the characters XML forbids, one root element, tags balanced and named alike, attributes
// quoted and unique per tag, '<' only in markup, '&' only in a character or predefined entity
// reference. No DTDs, no namespaces. Returns "" when well formed, else what is wrong and where.
#ifndef KG_FUZZ_XML_CHECK_H_
#define KG_FUZZ_XML_CHECK_H_

#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace kg::fuzz {

// Decodes one UTF-8 code point at `i`; -1 when invalid.
inline long NextCodePoint(std::string_view s, size_t* i) {
  const unsigned char c = static_cast<unsigned char>(s[*i]);
  int len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
  if (len == 0 || *i + len > s.size()) return -1;
  long cp = len == 1 ? c : len == 2 ? c & 0x1F : len == 3 ? c & 0x0F : c & 0x07;
  for (int k = 1; k < len; ++k) {
    const unsigned char d = static_cast<unsigned char>(s[*i + k]);
    if ((d & 0xC0) != 0x80) return -1;
    cp = (cp << 6) | (d & 0x3F);
  }
  static constexpr long kMin[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < kMin[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return -1;
  *i += len;
  return cp;
}

inline bool XmlChar(long cp) {
  return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) ||
         (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
}

inline std::string CheckXml(std::string_view s) {
  auto at = [&](size_t i, const std::string& what) { return what + " at byte " + std::to_string(i); };
  for (size_t i = 0; i < s.size();) {
    const size_t here = i;
    const long cp = NextCodePoint(s, &i);
    if (cp < 0) return at(here, "invalid UTF-8");
    if (!XmlChar(cp)) return at(here, "character XML forbids (U+" + std::to_string(cp) + ")");
  }
  auto name_char = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == ':' || c == '-' || c == '.' || static_cast<unsigned char>(c) >= 0x80;
  };
  auto reference = [&](size_t i) -> size_t {  // length of a valid reference at s[i] == '&', else 0
    const size_t semi = s.find(';', i);
    if (semi == std::string_view::npos || semi - i > 12) return 0;
    const std::string_view body = s.substr(i + 1, semi - i - 1);
    for (std::string_view named : {"amp", "lt", "gt", "quot", "apos"}) {
      if (body == named) return semi - i + 1;
    }
    if (body.size() < 2 || body[0] != '#') return 0;
    const bool hex = body[1] == 'x';
    const std::string_view digits = body.substr(hex ? 2 : 1);
    if (digits.empty()) return 0;
    long v = 0;
    for (char d : digits) {
      const int x = d >= '0' && d <= '9' ? d - '0' : hex && d >= 'a' && d <= 'f' ? d - 'a' + 10
                                                   : hex && d >= 'A' && d <= 'F' ? d - 'A' + 10 : -1;
      if (x < 0) return 0;
      v = v * (hex ? 16 : 10) + x;
      if (v > 0x10FFFF) return 0;
    }
    return XmlChar(v) ? semi - i + 1 : 0;
  };
  std::vector<std::string> open;
  bool seen_root = false;
  size_t i = 0;
  while (i < s.size()) {
    if (s[i] == '&') {
      const size_t n = reference(i);
      if (!n) return at(i, "bare '&'");
      i += n;
      continue;
    }
    if (s[i] != '<') {
      if (open.empty() && s[i] != ' ' && s[i] != '\n' && s[i] != '\r' && s[i] != '\t') {
        return at(i, "text outside the root element");
      }
      if (s.compare(i, 3, "]]>") == 0) return at(i, "']]>' in text");
      ++i;
      continue;
    }
    if (s.compare(i, 4, "<!--") == 0) {
      const size_t end = s.find("-->", i + 4);
      if (end == std::string_view::npos) return at(i, "unclosed comment");
      if (s.substr(i + 4, end - i - 4).find("--") != std::string_view::npos) return at(i, "'--' in comment");
      i = end + 3;
      continue;
    }
    if (s.compare(i, 2, "<?") == 0) {
      const size_t end = s.find("?>", i + 2);
      if (end == std::string_view::npos) return at(i, "unclosed processing instruction");
      i = end + 2;
      continue;
    }
    if (s.compare(i, 9, "<![CDATA[") == 0) {
      if (open.empty()) return at(i, "CDATA outside the root");
      const size_t end = s.find("]]>", i + 9);
      if (end == std::string_view::npos) return at(i, "unclosed CDATA");
      i = end + 3;
      continue;
    }
    const bool closing = s.compare(i, 2, "</") == 0;
    size_t j = i + (closing ? 2 : 1);
    const size_t name_start = j;
    while (j < s.size() && name_char(s[j])) ++j;
    if (j == name_start) return at(i, "tag without a name");
    const std::string name(s.substr(name_start, j - name_start));
    std::set<std::string> attributes;
    for (;;) {
      while (j < s.size() && (s[j] == ' ' || s[j] == '\n' || s[j] == '\t' || s[j] == '\r')) ++j;
      if (j >= s.size()) return at(i, "unclosed tag");
      if (s[j] == '>' || (!closing && s.compare(j, 2, "/>") == 0)) break;
      if (closing) return at(j, "junk in a closing tag");
      const size_t a = j;
      while (j < s.size() && name_char(s[j])) ++j;
      if (j == a) return at(j, "bad attribute name");
      if (!attributes.insert(std::string(s.substr(a, j - a))).second) return at(a, "attribute repeated");
      if (j >= s.size() || s[j] != '=') return at(j, "attribute without '='");
      ++j;
      if (j >= s.size() || (s[j] != '"' && s[j] != '\'')) return at(j, "unquoted attribute");
      const char q = s[j++];
      while (j < s.size() && s[j] != q) {
        if (s[j] == '<') return at(j, "'<' in an attribute");
        if (s[j] == '&') {
          const size_t n = reference(j);
          if (!n) return at(j, "bare '&' in an attribute");
          j += n;
        } else {
          ++j;
        }
      }
      if (j >= s.size()) return at(a, "unclosed attribute");
      ++j;
    }
    const bool empty = s[j] == '/';
    i = j + (empty ? 2 : 1);
    if (closing) {
      if (open.empty() || open.back() != name) return at(name_start, "closing tag does not match: " + name);
      open.pop_back();
    } else {
      if (open.empty() && seen_root) return at(name_start, "second root element");
      seen_root = true;
      if (!empty) open.push_back(name);
    }
  }
  if (!open.empty()) return "unclosed element " + open.back();
  if (!seen_root) return "no root element";
  return "";
}

}  // namespace kg::fuzz

#endif  // KG_FUZZ_XML_CHECK_H_
