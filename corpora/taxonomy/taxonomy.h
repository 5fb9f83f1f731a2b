#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace liputan {

// The names of the two default label sets, as labeled data's columns, model manifests, classified
// records and reports spell them. Spelled here once; the labels themselves are in the TSV files.
inline constexpr char kSektorSet[] = "sektor";
inline constexpr char kFungsiSet[] = "fungsi";
inline constexpr std::array<const char*, 2> kDefaultLabelSets = {kSektorSet, kFungsiSet};
inline bool IsDefaultLabelSet(std::string_view name) {
  return name == kSektorSet || name == kFungsiSet;
}

// One label of a label set, as a row of corpora/taxonomy/<set>.tsv describes it.
struct TaxonomyLabel {
  std::string slug;  // lower-case ASCII identifier, e.g. "kesehatan", "info_layanan"
  std::string name_id;
  std::string name_en;
  std::string description;
  bool basic_service = false;            // one of the six SPM basic-service affairs (sektor only)
  std::vector<std::string> urusan;       // UU 23/2014 codes "1.01".."3.32", "penunjang", ...
  std::vector<std::string> strong_cues;  // weight 2 in the rule-based scorer
  std::vector<std::string> weak_cues;    // weight 1
  int tie_break = 0;                     // fungsi: 1 wins ties first; 0 when the set has no order
  long long line = 0;                    // where the row was read, for messages
};

// A named set of labels ("sektor" or "fungsi") read from a TSV file.
struct LabelSet {
  std::string name;
  std::string source;  // file name or "<embedded>/sektor.tsv", used in messages
  std::vector<TaxonomyLabel> labels;

  const TaxonomyLabel* Find(const std::string& slug) const;  // nullptr when absent
  std::vector<std::string> Slugs() const;
};

// A problem found by CheckTaxonomy: where ("sektor.tsv:12") and what.
struct TaxonomyProblem {
  std::string location;
  std::string message;
};

// The default label sets of liputan (DESIGN.md §2, docs/codebook.md): sektor and fungsi.
class Taxonomy {
 public:
  // Parses one label-set TSV (header row, '#' comment lines, tab-separated columns slug, name_id,
  // name_en, description, basic_service, urusan, strong_cues, weak_cues[, tie_break]). A malformed
  // row throws liputan::Error(kData) naming source:line.
  static LabelSet ParseLabelSet(const std::string& name, const std::string& text,
                                const std::string& source);
  // The label sets compiled into the library from corpora/taxonomy/*.tsv.
  static Taxonomy Embedded();
  // Reads DIR/sektor.tsv and DIR/fungsi.tsv; a missing file throws Error(kNoInput).
  static Taxonomy FromDirectory(const std::string& dir);

  const LabelSet& sektor() const { return sektor_; }
  const LabelSet& fungsi() const { return fungsi_; }
  // "sektor" or "fungsi"; anything else throws Error(kUsage).
  const LabelSet& Set(const std::string& name) const;

  // Consistency rules: slugs unique and well-formed; names and descriptions present; urusan codes
  // valid, each of the 32 concurrent-affair codes owned by exactly one sector; basic_service set
  // exactly on the sectors holding the six basic-service codes 1.01-1.06; a cue in at most one
  // label of a set; fungsi tie_break a permutation of 1..n; the fallbacks "umum" and "lainnya"
  // present.
  std::vector<TaxonomyProblem> Check() const;

 private:
  Taxonomy(LabelSet sektor, LabelSet fungsi);
  LabelSet sektor_;
  LabelSet fungsi_;
};

// Renders a label set for people or programs: "text" (one aligned line per label: slug, flags,
// urusan, Indonesian name), "tsv" (the file format, comment lines dropped) or "json" (an array of
// objects with every field). Another format throws Error(kUsage).
std::string FormatLabelSet(const LabelSet& set, const std::string& format);

// True for the 32 concurrent-affair codes of UU 23/2014 Pasal 12 as numbered by Permendagri
// 90/2019: 1.01-1.06 (wajib, pelayanan dasar), 2.07-2.24 (wajib, non-pelayanan dasar), 3.25-3.32
// (pilihan).
bool IsConcurrentUrusanCode(const std::string& code);
// The codes outside 1.01-3.32 a sector may carry: "penunjang" (support functions: planning,
// finance, staffing, oversight) and "pemerintahan_umum" (UU 23/2014 Pasal 25).
bool IsSupportUrusanCode(const std::string& code);

}  // namespace liputan
