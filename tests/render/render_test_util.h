#pragma once

#include <map>
#include <string>
#include <vector>

namespace liputan::render::testing {

// Every entry of a zip file (an .xlsx), name → bytes, read with libarchive.
std::map<std::string, std::string> ReadZip(const std::string& path);

// Occurrences of `needle` in `text`.
size_t Count(const std::string& text, const std::string& needle);

// Texts of the <t> elements of xl/sharedStrings.xml, in order.
std::vector<std::string> SharedStrings(const std::string& xml);

// Sheet names in xl/workbook.xml, in order.
std::vector<std::string> SheetNames(const std::string& workbook_xml);

// The strings in row 1 of a worksheet's XML (shared-string cells resolved), in column order.
std::vector<std::string> HeaderRow(const std::string& sheet_xml,
                                   const std::vector<std::string>& shared);

// Number of <row> elements in a worksheet's XML.
size_t RowCount(const std::string& sheet_xml);

// A node_modules folder with tiny stand-ins for the three chart bundles, for tests of the page's
// structure that do not run JavaScript (the browser test uses the real bundles).
void WriteFakeBundles(const std::string& node_modules);

}  // namespace liputan::render::testing
