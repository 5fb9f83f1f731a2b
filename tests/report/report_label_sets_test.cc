// A user's own label sets through `liputan report` (integration: runs the built executable): the
// Spanish town-hall layers "ambito" and "funcion" of tests/data/report/label_sets/ play the sector
// and function roles (--label-sets, or a model's two sets), and every output names them.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "models/trainer.h"
#include "tests/models/topic_corpus.h"
#include "tests/support/cli_runner.h"

namespace liputan {
namespace {

using liputan::testing::ReadFile;
using liputan::testing::RunLiputan;
using liputan::testing::TempDir;
using liputan::testing::WriteFile;
using nlohmann::json;

const std::string kData = std::string(LIPUTAN_SOURCE_DIR) + "/tests/data/report/label_sets/";
const std::string kAgencies = kData + "agencies.csv";
const std::string kPosts = kData + "posts.jsonl";

const json& AgencyTotal(const json& report, const std::string& handle) {
  for (const json& agency : report.at("agencies")) {
    if (agency.at("handle") == handle) return agency.at("total");
  }
  throw std::runtime_error("no agency " + handle);
}

// Every file of `dir` by name.
std::map<std::string, std::string> FilesIn(const std::string& dir) {
  std::map<std::string, std::string> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir))
    files[entry.path().filename().string()] = ReadFile(entry.path().string());
  return files;
}

TEST(ReportLabelSetsTest, OwnLabelSetsFlowThroughEveryOutput) {
  TempDir dir;
  const auto r = RunLiputan({"report", "--agencies", kAgencies, "-o", dir.File("out"), "--formats",
                             "json,csv,md", "--label-sets", "ambito,funcion", kPosts});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto files = FilesIn(dir.File("out"));
  ASSERT_TRUE(files.count("report.json") && files.count("content_mix.csv") &&
              files.count("cross_tab.csv") && files.count("report.md"));
  for (const auto& [name, text] : files) {
    EXPECT_EQ(text.find("sektor"), std::string::npos) << name;
    EXPECT_EQ(text.find("fungsi"), std::string::npos) << name;
  }

  const json report = json::parse(files.at("report.json"));
  // Without a taxonomy file, a role's labels are those of the posts, sorted.
  EXPECT_EQ(report.at("taxonomy").at("ambito"),
            json({"educacion", "general", "salud", "urbanismo"}));
  EXPECT_EQ(report.at("taxonomy").at("funcion"),
            json({"agenda_alcaldia", "informacion_servicio", "otros", "participacion"}));
  const json& salud = AgencyTotal(report, "SaludVillaejemplo").at("content");
  EXPECT_EQ(salud.at("ambito").at("labeled"), 4);
  EXPECT_EQ(salud.at("ambito").at("counts").at("salud"), 3);
  EXPECT_DOUBLE_EQ(salud.at("ambito").at("shares").at("salud").get<double>(), 0.75);
  EXPECT_DOUBLE_EQ(salud.at("funcion").at("shares").at("informacion_servicio").get<double>(), 0.75);
  EXPECT_EQ(salud.at("cross").at("salud").at("agenda_alcaldia"), 1);
  // The Indonesian groupings mean nothing for these sets: no share, not 0.
  EXPECT_TRUE(salud.at("basic_service_share").is_null());
  EXPECT_TRUE(salud.at("service_information_share").is_null());
  EXPECT_TRUE(
      AgencyTotal(report, "SaludVillaejemplo").at("interaction_mode").at("pull_share").is_null());
  EXPECT_EQ(report.at("comparison").at("chi_square").at("ambito").at("agencies"), 3);

  const std::string& mix = files.at("content_mix.csv");
  EXPECT_NE(mix.find("SaludVillaejemplo,2025-05,ambito,salud,3,0.75\n"), std::string::npos) << mix;
  EXPECT_NE(mix.find("EducaVillaejemplo,2025-05,funcion,participacion,1,0.3333333333333333\n"),
            std::string::npos)
      << mix;
  EXPECT_EQ(files.at("cross_tab.csv").rfind("handle,period,ambito,funcion,posts\n", 0), 0u);
  const std::string& md = files.at("report.md");
  EXPECT_NE(md.find("| ambito |"), std::string::npos) << md;
  EXPECT_NE(md.find("**ambito: salud**"), std::string::npos) << md;
  EXPECT_NE(md.find("Isi konten tidak dinilai"), std::string::npos) << md;
}

// --taxonomy DIR reads DIR/ambito.tsv and DIR/funcion.tsv: their order and groupings (basic
// service, service information, citizen-facing, symbolic); a set without a file takes the posts'.
TEST(ReportLabelSetsTest, TaxonomyFilesNameTheLabelsAndGroupings) {
  TempDir dir;
  const auto r =
      RunLiputan({"report", "--agencies", kAgencies, "-o", dir.File("out"), "--formats", "json",
                  "--label-sets", "ambito,funcion", "--taxonomy", kData + "taxonomy", kPosts});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const json report = json::parse(ReadFile(dir.File("out/report.json")));
  const json& taxonomy = report.at("taxonomy");
  EXPECT_EQ(taxonomy.at("ambito"), json({"salud", "educacion", "urbanismo", "general"}));
  EXPECT_EQ(taxonomy.at("basic_service_sectors"), json({"educacion", "salud"}));
  EXPECT_EQ(taxonomy.at("symbolic_functions"), json({"agenda_alcaldia"}));
  const json& salud = AgencyTotal(report, "SaludVillaejemplo").at("content");
  EXPECT_DOUBLE_EQ(salud.at("basic_service_share").get<double>(), 0.75);
  EXPECT_DOUBLE_EQ(salud.at("service_information_share").get<double>(), 0.75);
  EXPECT_DOUBLE_EQ(salud.at("citizen_facing_share").get<double>(), 0.75);
  EXPECT_DOUBLE_EQ(salud.at("symbolic_share").get<double>(), 0.25);

  std::filesystem::create_directory(dir.File("tax"));
  std::filesystem::copy_file(kData + "taxonomy/ambito.tsv", dir.File("tax/ambito.tsv"));
  const auto partial =
      RunLiputan({"report", "--agencies", kAgencies, "-o", dir.File("out2"), "--formats", "json",
                  "--label-sets", "ambito,funcion", "--taxonomy", dir.File("tax"), kPosts});
  ASSERT_EQ(partial.exit_code, 0) << partial.err;
  const json second = json::parse(ReadFile(dir.File("out2/report.json")));
  EXPECT_EQ(second.at("taxonomy").at("ambito"), taxonomy.at("ambito"));
  EXPECT_EQ(second.at("taxonomy").at("funcion"),
            json({"agenda_alcaldia", "informacion_servicio", "otros", "participacion"}));
}

// A state records its label sets; a merge reads those of its run and refuses a state of others,
// naming the file. A state of the default sets keeps its old form (no "label_sets").
TEST(ReportLabelSetsTest, MergeRefusesStatesOfOtherLabelSets) {
  TempDir dir;
  const std::string own = dir.File("own.json"), plain = dir.File("plain.json");
  ASSERT_EQ(RunLiputan({"report", "--agencies", kAgencies, "--label-sets", "ambito,funcion",
                        "--emit-state", own, kPosts})
                .exit_code,
            0);
  ASSERT_EQ(
      RunLiputan({"report", "--agencies", kAgencies, "--emit-state", plain, kPosts}).exit_code, 0);
  EXPECT_NE(ReadFile(own).find("\"label_sets\":[\"ambito\",\"funcion\"]"), std::string::npos);
  EXPECT_EQ(ReadFile(plain).find("label_sets"), std::string::npos);

  const auto refused =
      RunLiputan({"report", "--agencies", kAgencies, "--merge", "-o", dir.File("m1"), plain, own});
  EXPECT_EQ(refused.exit_code, 65);
  EXPECT_NE(refused.err.find(own + ": state tallies the label sets \"ambito\" and \"funcion\""),
            std::string::npos)
      << refused.err;
  const auto other_way = RunLiputan({"report", "--agencies", kAgencies, "--merge", "--label-sets",
                                     "ambito,funcion", "-o", dir.File("m2"), own, plain});
  EXPECT_EQ(other_way.exit_code, 65);
  EXPECT_NE(other_way.err.find(plain + ": state tallies the label sets \"sektor\""),
            std::string::npos)
      << other_way.err;

  const auto merged =
      RunLiputan({"report", "--agencies", kAgencies, "--merge", "--label-sets", "ambito,funcion",
                  "--formats", "json", "-o", dir.File("m3"), own, own});
  ASSERT_EQ(merged.exit_code, 0) << merged.err;
  const json report = json::parse(ReadFile(dir.File("m3/report.json")));
  EXPECT_EQ(AgencyTotal(report, "SaludVillaejemplo").at("content").at("ambito").at("labeled"), 8);
}

// -m: a model of two sets that are not sektor and fungsi plays the roles in its manifest's order
// (said on stderr); --label-sets naming a set the model lacks exits 64 naming the model's sets.
TEST(ReportLabelSetsTest, ModelLabelSetsPlayTheRoles) {
  TempDir dir;
  const std::map<std::string, std::pair<std::string, std::string>> labels = {
      {"kesehatan", {"salud", "informacion_servicio"}},
      {"pendidikan", {"educacion", "participacion"}},
      {"bencana", {"emergencias", "informacion_servicio"}}};
  const std::vector<TrainingExample> examples =
      testing::MakeTwoSetCorpus(10, 5, {"ambito", "funcion"}, labels);
  TrainOptions train;
  train.fasttext.dim = 8;
  train.fasttext.epoch = 5;
  train.fasttext.bucket = 2000;
  train.cv_folds = 3;
  const std::string bundle = dir.File("ayto.liputan");
  TrainBundle(examples, train, bundle);

  // The archive without its labels: the model gives them (each text also holds words of the
  // model's tiny corpus, so that its predictions are not guesses on unknown words alone).
  std::istringstream lines(ReadFile(kPosts));
  std::string raw;
  for (std::string line; std::getline(lines, line);) {
    nlohmann::ordered_json post = nlohmann::ordered_json::parse(line);  // as written: "id" first
    post.erase("predictions");
    post["text"] = post["text"].get<std::string>() + " vaksinasi puskesmas imunisasi";
    raw += post.dump() + "\n";
  }
  WriteFile(dir.File("raw.jsonl"), raw);

  const auto r = RunLiputan({"report", "--agencies", kAgencies, "-m", bundle, "-o", dir.File("out"),
                             "--formats", "json,csv", dir.File("raw.jsonl")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("\"ambito\" is read as the sector set and \"funcion\" as the function set"),
            std::string::npos)
      << r.err;
  const json report = json::parse(ReadFile(dir.File("out/report.json")));
  const json& content = AgencyTotal(report, "SaludVillaejemplo").at("content");
  EXPECT_EQ(content.at("ambito").at("labeled"), 4);
  EXPECT_EQ(content.at("funcion").at("labeled"), 4);
  EXPECT_EQ(ReadFile(dir.File("out/content_mix.csv")).find("sektor"), std::string::npos);

  const auto missing =
      RunLiputan({"report", "--agencies", kAgencies, "-m", bundle, "-o", dir.File("out2"),
                  "--label-sets", "ambito,tema", dir.File("raw.jsonl")});
  EXPECT_EQ(missing.exit_code, 64);
  EXPECT_NE(missing.err.find("no label set \"tema\" (its label sets: \"ambito\", \"funcion\")"),
            std::string::npos)
      << missing.err;
  const auto malformed = RunLiputan({"report", "--agencies", kAgencies, "-o", dir.File("out3"),
                                     "--label-sets", "ambito", kPosts});
  EXPECT_EQ(malformed.exit_code, 64);
}

}  // namespace
}  // namespace liputan
