#pragma once

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace liputan::report {

// One official account of the registry (agencies.csv).
struct Agency {
  std::string handle;          // lower case, without "@"
  std::string display_handle;  // as written in the file, without "@"
  std::string name;
  std::string type;  // opd, hub, pemda, kecamatan, ... ; provinsi and nasional are "vertical"
  std::vector<std::string> urusan;  // home urusan codes ("1.02"), may be empty
  std::string parent;               // the government it belongs to ("Kab. Pemalang")

  // Provincial and national accounts are not part of the local set A (reference §5.4 C, VIS).
  bool vertical() const { return type == "provinsi" || type == "nasional"; }
  bool hub() const { return type == "hub"; }
};

// The registry of accounts the report is about. Handles are matched case-insensitively, as
// Twitter does. Local agencies (not vertical) form the set A of the integration graph.
class AgencyRegistry {
 public:
  AgencyRegistry() = default;
  explicit AgencyRegistry(std::vector<Agency> agencies);

  // Reads CSV with a header naming the columns: handle, name, type, urusan (codes separated by
  // "|", ";" or spaces), parent. Only `handle` is required. Lines starting with "#" are comments.
  // Errors (missing handle column, duplicate handle, bad quoting) throw kData naming file:line.
  static AgencyRegistry ReadCsv(const std::string& path);
  static AgencyRegistry ParseCsv(const std::string& text, const std::string& name);

  const std::vector<Agency>& agencies() const { return agencies_; }
  // Index of the account in agencies(), or -1. `handle` may carry "@" and any case.
  int Find(std::string_view handle) const;
  bool IsLocal(int index) const { return index >= 0 && !agencies_[index].vertical(); }
  // The digest of the registry's content that aggregation depends on (handles and types), so that
  // partial states built against different registries refuse to merge.
  std::string Fingerprint() const;

 private:
  std::vector<Agency> agencies_;
  std::unordered_map<std::string, int> index_;
};

// Lower-cases ASCII and strips a leading "@": the key every handle comparison uses.
std::string NormalizeHandle(std::string_view handle);

}  // namespace liputan::report
