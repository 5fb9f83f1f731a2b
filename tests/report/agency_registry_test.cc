#include "report/agency_registry.h"

#include <gtest/gtest.h>

#include "common/error.h"

namespace liputan::report {
namespace {

TEST(AgencyRegistryTest, ReadsColumnsByNameWithQuotingAndComments) {
  const AgencyRegistry r = AgencyRegistry::ParseCsv(
      "# agencies of Kabupaten Contoh\n"
      "name,handle,type,urusan,parent\n"
      "\"Dinas Kesehatan, Kab. Contoh\",@DinkesContoh,opd,1.02,Kab. Contoh\n"
      "Diskominfo,kominfocontoh,hub,2.16|2.20|2.21,Kab. Contoh\n"
      "Pemprov,PemprovJateng,provinsi,,Prov. Jawa Tengah\n",
      "agencies.csv");
  ASSERT_EQ(r.agencies().size(), 3u);
  const Agency& dinkes = r.agencies()[0];
  EXPECT_EQ(dinkes.handle, "dinkescontoh");
  EXPECT_EQ(dinkes.display_handle, "DinkesContoh");
  EXPECT_EQ(dinkes.name, "Dinas Kesehatan, Kab. Contoh");
  EXPECT_EQ(dinkes.urusan, std::vector<std::string>({"1.02"}));
  EXPECT_EQ(r.agencies()[1].urusan.size(), 3u);
  EXPECT_TRUE(r.agencies()[1].hub());
  EXPECT_TRUE(r.agencies()[2].vertical());
  EXPECT_EQ(r.Find("@DINKESCONTOH"), 0);
  EXPECT_EQ(r.Find("someone"), -1);
  EXPECT_TRUE(r.IsLocal(1));
  EXPECT_FALSE(r.IsLocal(2));
}

TEST(AgencyRegistryTest, DuplicateHandleNamesFileAndLine) {
  try {
    AgencyRegistry::ParseCsv("handle,name\nDinkes,A\nbappeda,B\n@dinkes,C\n", "agencies.csv");
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kData);
    EXPECT_EQ(e.location(), "agencies.csv:4");
    EXPECT_NE(e.message().find("duplicate handle \"dinkes\""), std::string::npos);
    EXPECT_NE(e.message().find("line 2"), std::string::npos);
  }
}

TEST(AgencyRegistryTest, MissingHandleColumnAndEmptyHandleAreErrors) {
  EXPECT_THROW(AgencyRegistry::ParseCsv("name,type\nA,opd\n", "a.csv"), Error);
  try {
    AgencyRegistry::ParseCsv("handle,name\n,A\n", "a.csv");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.location(), "a.csv:2");
  }
  EXPECT_THROW(AgencyRegistry::ReadCsv("/nonexistent/agencies.csv"), Error);
}

TEST(AgencyRegistryTest, FingerprintFollowsHandlesAndKinds) {
  const auto a = AgencyRegistry::ParseCsv("handle,type\nx,opd\ny,opd\n", "a");
  const auto b = AgencyRegistry::ParseCsv("handle,type,name\nX,opd,Other name\ny,hub,Y\n", "b");
  const auto c = AgencyRegistry::ParseCsv("handle,type\nx,opd\ny,provinsi\n", "c");
  EXPECT_EQ(a.Fingerprint(), b.Fingerprint());  // names and hub role do not change aggregation
  EXPECT_NE(a.Fingerprint(), c.Fingerprint());
}

}  // namespace
}  // namespace liputan::report
