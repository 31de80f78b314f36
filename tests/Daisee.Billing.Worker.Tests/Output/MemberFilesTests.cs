using System.Text;
using System.Text.Json;
using Daisee.Billing.Worker.Domain;
using Daisee.Billing.Worker.Output;
using Daisee.Billing.Worker.Tests.Support;

namespace Daisee.Billing.Worker.Tests.Output;

/// <summary>Per-member files named by pseudonym: <c>manifest.json</c> reveals no member's PRM or name.</summary>
[TestFixture]
public sealed class MemberFilesTests
{
    private static readonly Lazy<BillingOutcome> June = new(() => Entries.Bill(RepositoryRoot.Combine("samples", "villeurbanne"), "2026-06"));

    [Test]
    public void Bill_Sample_MemberFilesNamedByPseudonymInPrmOrder()
    {
        var names = June.Value.Files.Keys.Where(k => k.StartsWith("bill-", StringComparison.Ordinal) || k.StartsWith("statement-", StringComparison.Ordinal)).ToList();

        // 16 consumers 30000000000011…26 are m01…m16, the producers 30000000000001 and …02 are p01 and p02.
        var expected = Enumerable.Range(1, 16).SelectMany(i => new[] { $"bill-m{i:00}.json", $"bill-m{i:00}.pdf" })
            .Concat(["statement-p01.json", "statement-p01.pdf", "statement-p02.json", "statement-p02.pdf"]);
        Assert.That(names, Is.EquivalentTo(expected));
        using var m14 = JsonDocument.Parse(June.Value.Files["bill-m14.json"]);
        Assert.That(m14.RootElement.GetProperty("prm").GetString(), Is.EqualTo("30000000000024"), "the member's own file shows their own PRM");
    }

    [Test]
    public void Manifest_Sample_NoParticipantsPrmOrName()
    {
        var manifest = Encoding.UTF8.GetString(June.Value.Files[ManifestWriter.FileName]);
        using var collective = JsonDocument.Parse(File.ReadAllBytes(RepositoryRoot.Combine("samples", "villeurbanne", "collective.json")));
        var participants = collective.RootElement.GetProperty("participants").EnumerateArray().ToList();
        Assert.That(participants, Has.Count.EqualTo(18));

        Assert.Multiple(() =>
        {
            foreach (var p in participants)
            {
                Assert.That(manifest, Does.Not.Contain(p.GetProperty("prm").GetString()!));
                Assert.That(manifest, Does.Not.Contain(p.GetProperty("name").GetString()!));
            }

            Assert.That(manifest, Does.Contain("\"path\": \"curves/2026-06/m01.csv\"").And.Contain("\"path\": \"bill-m01.json\""));
        });
    }

    [Test]
    public void Table_Sample_PairsEachPseudonymWithItsPrmForTheOrganiser()
    {
        var lines = Encoding.UTF8.GetString(June.Value.Files[MemberFiles.TableName]).Split('\n');

        Assert.Multiple(() =>
        {
            Assert.That(lines[0], Is.EqualTo("pseudonym,prm,role,name"));
            Assert.That(lines, Has.Length.EqualTo(1 + 18 + 1), "header, 18 participants, final LF");
            Assert.That(lines[1], Does.StartWith("m01,30000000000011,consumer,"));
            Assert.That(lines[17], Is.EqualTo("p01,30000000000001,producer,Toiture Grandclement"));
            Assert.That(lines[18], Is.EqualTo("p02,30000000000002,producer,Toiture ecole maternelle"));
        });
    }

    [Test]
    public void Ids_Sample_FollowTheReportsPseudonyms()
    {
        var read = Worker.Ingest.DatasetReader.Read(Entries.FromFolder(RepositoryRoot.Combine("samples", "villeurbanne"))).Collective!;

        var ids = MemberFiles.Ids(read);
        var labels = Worker.Domain.Pseudonyms.Of(read);

        Assert.That(ids.Keys, Is.EquivalentTo(labels.Keys));
        Assert.That(ids, Has.Count.EqualTo(18));
        foreach (var (prm, label) in labels)
        {
            // "Membre 07" ↔ m07, "Producteur 02" ↔ p02
            Assert.That(ids[prm], Is.EqualTo((label.StartsWith("Producteur ", StringComparison.Ordinal) ? "p" : "m") + label[^2..]), prm.Value);
        }
    }

    [TestCase("curves/2026-06/30000000000011.csv", "curves/2026-06/m01.csv")]
    [TestCase("enedis-acc/R63_30000000000001_30000000000011.csv", "enedis-acc/R63_p01_m01.csv")]
    [TestCase("curves/99999999999999.csv", "curves/unlisted.csv")]
    [TestCase("curves/300000000000111.csv", "curves/300000000000111.csv")]
    [TestCase("collective.json", "collective.json")]
    public void PseudonymisePath_FourteenDigitNumbers_IdOrUnlisted(string path, string expected)
    {
        var ids = new Dictionary<Prm, string> { [Prm.Parse("30000000000011")] = "m01", [Prm.Parse("30000000000001")] = "p01" };

        Assert.That(MemberFiles.PseudonymisePath(path, ids), Is.EqualTo(expected));
    }
}
