#include "corpora/qdpx_reader.h"

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <charconv>
#include <map>
#include <memory>
#include <optional>
#include <set>

#include "common/archive_source.h"
#include "common/error.h"
#include "common/notice.h"
#include "corpora/taxonomy/taxonomy.h"
#include "corpora/text_input.h"

namespace liputan {
namespace {

// project.qde is read whole (libxml2 takes an int size); a text-only project this big is not one.
constexpr size_t kMaxProjectBytes = size_t{1} << 30;

std::string Lower(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

std::string ReadMember(ZipReader& zip, const std::string& where) {
  auto source = zip.OpenMember();
  std::string data;
  char buffer[1 << 16];
  while (size_t n = source->Read(buffer, sizeof buffer)) {
    data.append(buffer, n);
    if (data.size() > kMaxProjectBytes)
      throw Error(ErrorCode::kData, "member larger than 1 GiB", where);
  }
  return data;
}

// What the zip holds that we need: project.qde and the plain-text files of Sources/.
struct QdpxArchive {
  std::optional<std::string> project;
  std::map<std::string, std::string> texts;  // lower-case file name under Sources/ → text
};

QdpxArchive ReadArchive(const std::string& path) {
  if (SniffPacking(path) != Packing::kZip) {
    throw Error(ErrorCode::kData,
                "not a zip archive; a REFI-QDA project (.qdpx) is a zip holding project.qde", path);
  }
  QdpxArchive result;
  ZipReader zip(path);
  std::string name;
  while (zip.NextMember(name)) {
    const std::string lower = Lower(name);
    if (lower == "project.qde") {
      result.project = ReadMember(zip, path + ":" + name);
    } else if (lower.rfind("sources/", 0) == 0 && lower.size() > 12 &&
               lower.compare(lower.size() - 4, 4, ".txt") == 0) {
      result.texts[lower.substr(8)] = ReadMember(zip, path + ":" + name);
    }
  }
  if (!result.project) {
    throw Error(ErrorCode::kData, "no project.qde in the zip; is this a REFI-QDA project (.qdpx)?",
                path);
  }
  return result;
}

struct DocFree {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
using DocPtr = std::unique_ptr<xmlDoc, DocFree>;

// Parses without ever expanding an entity or touching the network: a DOCTYPE (the only way to
// declare entities, so the only door to XXE and "billion laughs") is refused before parsing.
DocPtr ParseProject(const std::string& xml, const std::string& where) {
  if (xml.find("<!DOCTYPE") != std::string::npos) {
    throw Error(ErrorCode::kData, "holds a DOCTYPE; REFI-QDA projects declare no entities", where);
  }
  std::unique_ptr<xmlParserCtxt, void (*)(xmlParserCtxt*)> ctxt(xmlNewParserCtxt(),
                                                                &xmlFreeParserCtxt);
  if (!ctxt) throw Error(ErrorCode::kInternal, "out of memory", where);
  DocPtr doc(xmlCtxtReadMemory(ctxt.get(), xml.data(), static_cast<int>(xml.size()), "project.qde",
                               nullptr, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING));
  if (!doc || !ctxt->wellFormed) {
    const xmlError* e = &ctxt->lastError;
    std::string message = e->message ? e->message : "not well-formed";
    while (!message.empty() && (message.back() == '\n' || message.back() == ' '))
      message.pop_back();
    throw Error(ErrorCode::kData, "XML does not parse: " + message,
                where + ":" + std::to_string(e->line));
  }
  if (doc->intSubset != nullptr || doc->extSubset != nullptr) {
    throw Error(ErrorCode::kData, "holds a DOCTYPE; REFI-QDA projects declare no entities", where);
  }
  return doc;
}

bool Is(const xmlNode* node, const char* name) {
  return node->type == XML_ELEMENT_NODE && xmlStrcmp(node->name, BAD_CAST name) == 0;
}

std::string Attribute(const xmlNode* node, const char* name) {
  xmlChar* value = xmlGetProp(node, BAD_CAST name);
  if (value == nullptr) return "";
  std::string result(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return result;
}

// The text of an element (its text and CDATA children; entity references never occur).
std::string Text(const xmlNode* node) {
  std::string text;
  for (const xmlNode* c = node->children; c != nullptr; c = c->next) {
    if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content)
      text += reinterpret_cast<const char*>(c->content);
  }
  return text;
}

template <typename F>
void ForChildren(const xmlNode* node, const char* name, F&& f) {
  for (const xmlNode* c = node ? node->children : nullptr; c != nullptr; c = c->next)
    if (Is(c, name)) f(c);
}

const xmlNode* Child(const xmlNode* node, const char* name) {
  const xmlNode* found = nullptr;
  ForChildren(node, name, [&](const xmlNode* c) {
    if (!found) found = c;
  });
  return found;
}

// A code of the code book, placed under a label set (or not).
struct CodeInfo {
  int set = -1;       // index into the label sets; -1: not under one
  std::string label;  // the name of its ancestor just below the set's code
};

// Maps a child code's name to the label: sektor and fungsi accept their taxonomy display names.
std::string LabelOfCodeName(const std::string& set, const std::string& name) {
  static const Taxonomy taxonomy = Taxonomy::Embedded();
  const std::string lower_set = Lower(set);
  if (!IsDefaultLabelSet(lower_set)) return name;
  const std::string lower = Lower(name);
  for (const auto& label : taxonomy.Set(lower_set).labels) {
    if (lower == label.slug || lower == Lower(label.name_id) || lower == Lower(label.name_en))
      return label.slug;
  }
  return name;
}

class ProjectReader {
 public:
  ProjectReader(const std::string& path, QdpxArchive archive, std::vector<std::string> wanted)
      : path_(path), archive_(std::move(archive)), wanted_(std::move(wanted)) {}

  AnnotationFile Read() {
    DocPtr doc = ParseProject(*archive_.project, path_ + ":project.qde");
    const xmlNode* project = xmlDocGetRootElement(doc.get());
    if (project == nullptr || !Is(project, "Project")) {
      throw Error(ErrorCode::kData, "the root element is not <Project>", path_ + ":project.qde");
    }
    ResolveLabelSets(project);
    IndexVariablesCasesNotes(project);
    AnnotationFile file;
    file.label_sets = sets_;
    ForChildren(Child(project, "Sources"), "TextSource",
                [&](const xmlNode* s) { file.rows.push_back(ReadSource(s)); });
    if (file.rows.empty()) {
      throw Error(ErrorCode::kData, "the project has no text source (<Sources><TextSource>)",
                  path_);
    }
    if (disagreements_ > 0) {
      Notice(path_ + ": " + std::to_string(disagreements_) +
             " sources have different codes of one label set; the first coding in document "
             "order was taken (a person's before the model's)");
    }
    return file;
  }

 private:
  void ResolveLabelSets(const xmlNode* project) {
    const xmlNode* codes = Child(Child(project, "CodeBook"), "Codes");
    std::vector<std::string> top;
    ForChildren(codes, "Code", [&](const xmlNode* c) { top.push_back(Attribute(c, "name")); });
    std::vector<std::string> expected = wanted_;
    if (expected.empty()) {
      expected.assign(kDefaultLabelSets.begin(), kDefaultLabelSets.end());
      if (Attribute(project, "origin").rfind("liputan", 0) == 0)
        for (const auto& name : top) expected.push_back(name);
    }
    for (const auto& set : expected) {
      bool present = std::any_of(top.begin(), top.end(),
                                 [&](const std::string& n) { return Lower(n) == Lower(set); });
      if (std::any_of(sets_.begin(), sets_.end(),
                      [&](const std::string& s) { return Lower(s) == Lower(set); }))
        continue;
      if (present || !wanted_.empty()) sets_.push_back(set);
      if (present) ++found_;
    }
    if (found_ == 0) ThrowForeignCodes(expected, top);
    ForChildren(codes, "Code", [&](const xmlNode* c) { IndexCode(c, -1, ""); });
  }

  [[noreturn]] void ThrowForeignCodes(const std::vector<std::string>& expected,
                                      const std::vector<std::string>& top) const {
    auto join = [](const std::vector<std::string>& v) {
      std::string s;
      for (const auto& x : v) s += (s.empty() ? "\"" : ", \"") + x + "\"";
      return s.empty() ? std::string("none") : s;
    };
    throw Error(ErrorCode::kData,
                "no code named like a label set: expected a top-level code named " +
                    join(expected) + "; the project's top-level codes are " + join(top) +
                    " (name the label sets with --label-field)",
                path_ + ":project.qde");
  }

  // Records `code` and its descendants: a top-level code may be a label set; a code below one
  // gives the label of its ancestor at depth 2.
  void IndexCode(const xmlNode* code, int set, const std::string& label) {
    const std::string name = Attribute(code, "name");
    if (set < 0 && label.empty()) {  // top level
      for (size_t i = 0; i < sets_.size(); ++i)
        if (Lower(sets_[i]) == Lower(name)) set = static_cast<int>(i);
      ForChildren(code, "Code", [&](const xmlNode* c) {
        IndexCode(c, set, set >= 0 ? LabelOfCodeName(sets_[set], Attribute(c, "name")) : "-");
      });
      return;
    }
    codes_[Attribute(code, "guid")] = {set, label};
    ForChildren(code, "Code", [&](const xmlNode* c) { IndexCode(c, set, label); });
  }

  void IndexVariablesCasesNotes(const xmlNode* project) {
    ForChildren(Child(project, "Variables"), "Variable", [&](const xmlNode* v) {
      if (Attribute(v, "name") == kQdpxPostIdVariable) post_id_variable_ = Attribute(v, "guid");
    });
    ForChildren(Child(project, "Cases"), "Case", [&](const xmlNode* c) {
      ForChildren(c, "SourceRef", [&](const xmlNode* ref) {
        agencies_.emplace(Attribute(ref, "targetGUID"), Attribute(c, "name"));  // first wins
      });
    });
    ForChildren(Child(project, "Notes"), "Note", [&](const xmlNode* n) {
      std::string text = Text(Child(n, "PlainTextContent"));
      if (text.rfind(kQdpxModelNotePrefix, 0) == 0) model_notes_[Attribute(n, "guid")] = text;
    });
  }

  std::string SourceId(const xmlNode* source) const {
    std::string id;
    ForChildren(source, "VariableValue", [&](const xmlNode* v) {
      const xmlNode* ref = Child(v, "VariableRef");
      if (id.empty() && ref && !post_id_variable_.empty() &&
          Attribute(ref, "targetGUID") == post_id_variable_)
        id = Text(Child(v, "TextValue"));
    });
    if (id.empty()) id = Attribute(source, "name");
    return id.empty() ? Attribute(source, "guid") : id;
  }

  std::string SourceText(const xmlNode* source, const std::string& where) const {
    std::string text;
    if (const xmlNode* content = Child(source, "PlainTextContent")) {
      text = Text(content);
    } else {
      const std::string file = Attribute(source, "plainTextPath");
      const std::string prefix = "internal://";
      if (file.empty())
        throw Error(ErrorCode::kData,
                    "has no text (neither PlainTextContent "
                    "nor plainTextPath)",
                    where);
      if (file.rfind(prefix, 0) != 0) {
        throw Error(ErrorCode::kData,
                    "its text \"" + file + "\" is outside the project; " +
                        "export the project with its sources embedded",
                    where);
      }
      auto it = archive_.texts.find(Lower(file.substr(prefix.size())));
      if (it == archive_.texts.end()) {
        throw Error(ErrorCode::kData,
                    "its text \"" + file +
                        "\" is missing from the Sources/ "
                        "folder of the zip",
                    where);
      }
      text = it->second;
    }
    if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
    if (!IsValidUtf8(text)) throw Error(ErrorCode::kData, "its text is not valid UTF-8", where);
    return text;
  }

  struct Coded {
    std::string label;
    bool model = false;
    double probability = 0;
  };

  void CollectCoding(const xmlNode* coding, std::vector<std::vector<Coded>>& by_set) const {
    const xmlNode* ref = Child(coding, "CodeRef");
    auto it = ref ? codes_.find(Attribute(ref, "targetGUID")) : codes_.end();
    if (it == codes_.end() || it->second.set < 0) return;  // a code outside the label sets
    Coded coded{it->second.label};
    ForChildren(coding, "NoteRef", [&](const xmlNode* n) {
      auto note = model_notes_.find(Attribute(n, "targetGUID"));
      if (note == model_notes_.end()) return;
      coded.model = true;
      const std::string& text = note->second;
      size_t at = text.rfind("p = ");
      if (at != std::string::npos)
        std::from_chars(text.data() + at + 4, text.data() + text.size(), coded.probability);
    });
    by_set[it->second.set].push_back(coded);
  }

  AnnotationRow ReadSource(const xmlNode* source) {
    AnnotationRow row;
    row.id = SourceId(source);
    const std::string where = path_ + ": source \"" + row.id + "\"";
    row.text = SourceText(source, where);
    auto agency = agencies_.find(Attribute(source, "guid"));
    if (agency != agencies_.end()) row.agency = agency->second;
    std::vector<std::vector<Coded>> by_set(sets_.size());
    ForChildren(source, "Coding", [&](const xmlNode* c) { CollectCoding(c, by_set); });
    ForChildren(source, "PlainTextSelection", [&](const xmlNode* sel) {
      ForChildren(sel, "Coding", [&](const xmlNode* c) { CollectCoding(c, by_set); });
    });
    bool labeled = false, disagree = false;
    for (size_t i = 0; i < sets_.size(); ++i) {
      row.labels[sets_[i]] = "";
      row.suggested[sets_[i]] = "";
      row.suggested_p[sets_[i]] = 0.0;
      for (const Coded& c : by_set[i]) {
        std::string& label = row.labels[sets_[i]];
        if (c.model && row.suggested[sets_[i]].empty()) {
          row.suggested[sets_[i]] = c.label;
          row.suggested_p[sets_[i]] = c.probability;
        }
        if (c.model) continue;
        disagree |= !label.empty() && label != c.label;
        if (label.empty()) label = c.label;
        labeled = true;
      }
    }
    if (labeled) row.status = "labeled";
    disagreements_ += disagree;
    return row;
  }

  std::string path_;
  QdpxArchive archive_;
  std::vector<std::string> wanted_;
  std::vector<std::string> sets_;
  int found_ = 0;
  std::map<std::string, CodeInfo> codes_;
  std::string post_id_variable_;
  std::map<std::string, std::string> agencies_;     // source GUID → case name
  std::map<std::string, std::string> model_notes_;  // note GUID → text
  long long disagreements_ = 0;
};

}  // namespace

AnnotationFile ReadQdpxAnnotations(const std::string& path,
                                   const std::vector<std::string>& label_sets) {
  ProjectReader reader(path, ReadArchive(path), label_sets);
  return reader.Read();
}

}  // namespace liputan
