#include "annotate/qdpx_writer.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <map>
#include <unordered_set>

#include "annotate/qdpx_xml.h"
#include "annotate/zip_writer.h"
#include "common/error.h"
#include "common/version.h"
#include "corpora/qdpx_reader.h"
#include "corpora/taxonomy/taxonomy.h"
#include "corpora/timestamp.h"
#include "models/sha256.h"

namespace liputan {
namespace {

const char kModelUserName[] = "liputan model";
// Variables of every source, in the order declared: name and REFI-QDA type.
const std::vector<std::pair<const char*, const char*>> kVariables = {
    {kQdpxPostIdVariable, "Text"}, {"created_at", "DateTime"}, {"likes", "Integer"},
    {"retweets", "Integer"},       {"replies", "Integer"},     {"quotes", "Integer"}};

std::string ModelUserGuid() { return NameBasedGuid("liputan:user:model"); }
std::string CodeGuid(const std::string& set, const std::string& label) {
  return NameBasedGuid("liputan:code:" + set + "\n" + label);
}
std::string SetGuid(const std::string& set) { return NameBasedGuid("liputan:set:" + set); }
std::string VariableGuid(const std::string& name) {
  return NameBasedGuid("liputan:variable:" + name);
}

std::string FormatProbability(double p) {
  char buffer[32];
  auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, p);
  return ec == std::errc() ? std::string(buffer, end) : "0";
}

// A temporary file holding one section of project.qde while sources stream in.
class Spool {
 public:
  Spool() : file_(std::tmpfile()) {
    if (file_ == nullptr) throw Error(ErrorCode::kIo, "cannot create a temporary file");
  }
  ~Spool() { std::fclose(file_); }
  void Write(const std::string& text) {
    if (std::fwrite(text.data(), 1, text.size(), file_) != text.size())
      throw Error(ErrorCode::kIo, "cannot write a temporary file (disk full?)");
    size_ += static_cast<int64_t>(text.size());
  }
  int64_t size() const { return size_; }
  void CopyTo(const std::function<void(std::string_view)>& write) {
    std::rewind(file_);
    char buffer[1 << 16];
    size_t n;
    while ((n = std::fread(buffer, 1, sizeof buffer, file_)) > 0) write({buffer, n});
  }

 private:
  std::FILE* file_;
  int64_t size_ = 0;
};

// "Name (English name). Description." for a label of the embedded taxonomy, else "".
std::string TaxonomyDescription(const std::string& set, const std::string& label) {
  static const Taxonomy taxonomy = Taxonomy::Embedded();
  if (!IsDefaultLabelSet(set)) return "";
  const TaxonomyLabel* found = taxonomy.Set(set).Find(label);
  if (found == nullptr) return "";
  return found->name_id + " (" + found->name_en + "). " + found->description;
}

void AppendDescription(std::string& out, const std::string& text) {
  if (text.empty()) return;
  out += "<Description>";
  AppendXmlEscaped(out, text);
  out += "</Description>";
}

}  // namespace

std::string NameBasedGuid(const std::string& name) {
  Sha256 sha;
  sha.Update(name);
  std::string hex = sha.HexDigest().substr(0, 32);
  hex[12] = '8';  // version: RFC 9562 custom (name-based, SHA-256)
  hex[16] = "89ab"[std::stoi(hex.substr(16, 1), nullptr, 16) & 3];  // RFC 4122 variant
  return hex.substr(0, 8) + "-" + hex.substr(8, 4) + "-" + hex.substr(12, 4) + "-" +
         hex.substr(16, 4) + "-" + hex.substr(20);
}

class QdpxWriter::Impl {
 public:
  Impl(const std::string& path, std::vector<QdpxLabelSet> sets, const std::string& name)
      : zip_(path), sets_(std::move(sets)), project_name_(name) {}

  void Add(const QdpxSource& source) {
    const std::string guid = UniqueSourceGuid(source.id);
    zip_.Add("Sources/" + guid + ".txt", source.text);
    std::string xml = "<TextSource";
    AppendXmlAttribute(xml, "guid", guid);
    AppendXmlAttribute(xml, "name", source.id);
    AppendXmlAttribute(xml, "plainTextPath", "internal://" + guid + ".txt");
    xml += ">";
    AppendSelection(xml, guid, source);
    AppendVariableValues(xml, source);
    xml += "</TextSource>\n";
    sources_xml_.Write(xml);
    if (!source.agency.empty()) cases_[source.agency].push_back(guid);
    ++sources_;
  }

  void Commit() {
    const std::string head = Head();
    const std::string notes_open = notes_xml_.size() > 0 ? "</Sources>\n<Notes>\n" : "";
    const std::string tail = notes_xml_.size() > 0 ? "</Notes>\n</Project>\n"
                             : sources_ > 0        ? "</Sources>\n</Project>\n"
                                                   : "</Project>\n";
    const int64_t size = static_cast<int64_t>(head.size() + notes_open.size() + tail.size()) +
                         sources_xml_.size() + notes_xml_.size();
    zip_.AddStreamed("project.qde", size, [&](const std::function<void(std::string_view)>& w) {
      w(head);
      sources_xml_.CopyTo(w);
      w(notes_open);
      notes_xml_.CopyTo(w);
      w(tail);
    });
    zip_.Commit();
  }

  int64_t sources_ = 0;
  int64_t codings_ = 0;

 private:
  std::string UniqueSourceGuid(const std::string& id) {
    std::string guid = NameBasedGuid("liputan:source:" + id);
    // The same id twice (an input read twice with --keep-duplicates) still needs distinct GUIDs.
    for (int n = 2; !used_guids_.insert(guid).second; ++n)
      guid = NameBasedGuid("liputan:source:" + id + "#" + std::to_string(n));
    return guid;
  }

  // One selection over the whole text holding every coding of the source.
  void AppendSelection(std::string& xml, const std::string& guid, const QdpxSource& source) {
    if (source.codings.empty()) return;
    xml += "<PlainTextSelection";
    AppendXmlAttribute(xml, "guid", NameBasedGuid("liputan:selection:" + guid));
    AppendXmlAttribute(xml, "startPosition", "0");
    AppendXmlAttribute(xml, "endPosition", std::to_string(CountCodePoints(source.text)));
    xml += ">";
    for (size_t i = 0; i < source.codings.size(); ++i) {
      AppendCoding(xml, guid + "\n" + std::to_string(i), source.codings[i]);
    }
    xml += "</PlainTextSelection>";
  }

  void AppendCoding(std::string& xml, const std::string& key, const QdpxCoding& coding) {
    RegisterLabel(coding.label_set, coding.label);
    xml += "<Coding";
    AppendXmlAttribute(xml, "guid", NameBasedGuid("liputan:coding:" + key));
    if (coding.probability) AppendXmlAttribute(xml, "creatingUser", ModelUserGuid());
    xml += "><CodeRef";
    AppendXmlAttribute(xml, "targetGUID", CodeGuid(coding.label_set, coding.label));
    xml += "/>";
    if (coding.probability) {
      const std::string note = NameBasedGuid("liputan:note:" + key);
      xml += "<NoteRef";
      AppendXmlAttribute(xml, "targetGUID", note);
      xml += "/>";
      AppendNote(note, coding);
    }
    xml += "</Coding>";
    ++codings_;
  }

  void AppendNote(const std::string& guid, const QdpxCoding& coding) {
    const std::string what = coding.label_set + " = " + coding.label;
    std::string xml = "<Note";
    AppendXmlAttribute(xml, "guid", guid);
    AppendXmlAttribute(xml, "name", what);
    AppendXmlAttribute(xml, "creatingUser", ModelUserGuid());
    xml += "><PlainTextContent>";
    AppendXmlEscaped(
        xml, kQdpxModelNotePrefix + what + ", p = " + FormatProbability(*coding.probability));
    xml += "</PlainTextContent></Note>\n";
    notes_xml_.Write(xml);
  }

  void AppendVariableValues(std::string& xml, const QdpxSource& source) {
    auto value = [&](const char* name, const char* element, const std::string& text) {
      xml += "<VariableValue><VariableRef";
      AppendXmlAttribute(xml, "targetGUID", VariableGuid(name));
      xml += std::string("/><") + element + ">";
      AppendXmlEscaped(xml, text);
      xml += std::string("</") + element + "></VariableValue>";
    };
    value(kQdpxPostIdVariable, "TextValue", source.id);
    if (!source.created_at.empty()) value("created_at", "DateTimeValue", source.created_at);
    const PostMetrics& m = source.metrics;
    for (auto [name, metric] : {std::pair{"likes", &m.likes},
                                {"retweets", &m.retweets},
                                {"replies", &m.replies},
                                {"quotes", &m.quotes}}) {
      if (*metric) value(name, "IntegerValue", std::to_string(**metric));  // absent is not 0
    }
  }

  void RegisterLabel(const std::string& set, const std::string& label) {
    QdpxLabelSet& found = RegisterSet(set);
    if (std::find(found.labels.begin(), found.labels.end(), label) == found.labels.end())
      found.labels.push_back(label);
  }

 public:
  // A set first met in a coding: sektor and fungsi get every label of the codebook, so that a
  // person can code a post at a label the model did not predict.
  QdpxLabelSet& RegisterSet(const std::string& set) {
    auto it = std::find_if(sets_.begin(), sets_.end(),
                           [&](const QdpxLabelSet& s) { return s.name == set; });
    if (it != sets_.end()) return *it;
    QdpxLabelSet added{set, {}};
    if (IsDefaultLabelSet(set)) added.labels = Taxonomy::Embedded().Set(set).Slugs();
    return *sets_.insert(sets_.end(), std::move(added));
  }

 private:
  std::string Head() const {
    std::string xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Project";
    AppendXmlAttribute(xml, "xmlns", "urn:QDA-XML:project:1.0");
    AppendXmlAttribute(xml, "name", project_name_);
    AppendXmlAttribute(xml, "origin", std::string("liputan ") + kVersion);
    xml += ">\n<Users><User";
    AppendXmlAttribute(xml, "guid", ModelUserGuid());
    AppendXmlAttribute(xml, "name", kModelUserName);
    xml += "/></Users>\n";
    AppendCodeBook(xml);
    AppendVariables(xml);
    AppendCases(xml);
    if (sources_ > 0) xml += "<Sources>\n";
    return xml;
  }

  void AppendCodeBook(std::string& xml) const {
    if (sets_.empty()) return;
    xml += "<CodeBook><Codes>\n";
    for (const auto& set : sets_) {
      xml += "<Code";
      AppendXmlAttribute(xml, "guid", SetGuid(set.name));
      AppendXmlAttribute(xml, "name", set.name);
      AppendXmlAttribute(xml, "isCodable", "false");
      xml += ">";
      AppendDescription(xml, "liputan label set \"" + set.name +
                                 "\": code a post at the one child code that fits it.");
      for (const auto& label : set.labels) {
        xml += "\n <Code";
        AppendXmlAttribute(xml, "guid", CodeGuid(set.name, label));
        AppendXmlAttribute(xml, "name", label);
        AppendXmlAttribute(xml, "isCodable", "true");
        xml += ">";
        AppendDescription(xml, TaxonomyDescription(set.name, label));
        xml += "</Code>";
      }
      xml += "\n</Code>\n";
    }
    xml += "</Codes></CodeBook>\n";
  }

  static void AppendVariables(std::string& xml) {
    xml += "<Variables>";
    for (const auto& [name, type] : kVariables) {
      xml += "<Variable";
      AppendXmlAttribute(xml, "guid", VariableGuid(name));
      AppendXmlAttribute(xml, "name", name);
      AppendXmlAttribute(xml, "typeOfVariable", type);
      xml += "/>";
    }
    xml += "</Variables>\n";
  }

  void AppendCases(std::string& xml) const {
    if (cases_.empty()) return;
    xml += "<Cases>\n";
    for (const auto& [agency, guids] : cases_) {
      xml += "<Case";
      AppendXmlAttribute(xml, "guid", NameBasedGuid("liputan:case:" + agency));
      AppendXmlAttribute(xml, "name", agency);
      xml += ">";
      for (const auto& guid : guids) xml += "<SourceRef targetGUID=\"" + guid + "\"/>";
      xml += "</Case>\n";
    }
    xml += "</Cases>\n";
  }

  ZipWriter zip_;
  std::vector<QdpxLabelSet> sets_;
  std::string project_name_;
  Spool sources_xml_, notes_xml_;
  std::map<std::string, std::vector<std::string>> cases_;  // agency → its sources' GUIDs
  std::unordered_set<std::string> used_guids_;
};

QdpxWriter::QdpxWriter(const std::string& path, std::vector<QdpxLabelSet> label_sets,
                       const std::string& project_name)
    : impl_(std::make_unique<Impl>(path, std::move(label_sets), project_name)) {}
QdpxWriter::~QdpxWriter() = default;
void QdpxWriter::Add(const QdpxSource& source) { impl_->Add(source); }
void QdpxWriter::AddLabelSet(const std::string& name) { impl_->RegisterSet(name); }
void QdpxWriter::Commit() { impl_->Commit(); }
int64_t QdpxWriter::sources() const { return impl_->sources_; }
int64_t QdpxWriter::codings() const { return impl_->codings_; }

QdpxSource QdpxSourceFromPost(const Post& post) {
  QdpxSource source{
      post.id,   post.author_handle, post.created_at != 0 ? FormatTimestamp(post.created_at) : "",
      post.text, post.metrics,       {}};
  for (const auto& [set, predictions] : post.predictions) {
    for (const auto& p : predictions) source.codings.push_back({set, p.label, p.probability});
  }
  return source;
}

QdpxSource QdpxSourceFromAnnotation(const AnnotationRow& row,
                                    const std::vector<std::string>& label_sets) {
  QdpxSource source{row.id, row.agency, row.created_at, row.text, {}, {}};
  auto cell = [](const auto& cells, const std::string& set) {
    auto it = cells.find(set);
    return it == cells.end() ? decltype(it->second){} : it->second;
  };
  for (const auto& set : label_sets) {
    if (row.status != "skipped" && !cell(row.labels, set).empty())
      source.codings.push_back({set, cell(row.labels, set), std::nullopt});
  }
  for (const auto& set : label_sets) {
    if (!cell(row.suggested, set).empty())
      source.codings.push_back({set, cell(row.suggested, set), cell(row.suggested_p, set)});
  }
  return source;
}

}  // namespace liputan
