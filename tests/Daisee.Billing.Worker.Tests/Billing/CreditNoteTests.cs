using System.Globalization;
using System.Text;
using System.Text.Json;
using Daisee.Billing.Worker.Tests.Output;
using Daisee.Billing.Worker.Tests.Support;
using static Daisee.Billing.Worker.Tests.Support.FacturXSchema;

namespace Daisee.Billing.Worker.Tests.Billing;

/// <summary>
/// June of the Villeurbanne sample billed, then billed again after the grid operator corrected one
/// meter's curve (member …011, one sunny half-hour), with <c>previous/</c> = the first run. The oracle
/// is a fresh run of the corrected data: exactly the invoices whose lines differ between the first
/// run and the fresh one get a credit note (381, referencing the cancelled invoice) and a
/// replacement, numbered after the first run's series; the others stay as issued, byte for byte.
/// </summary>
public sealed class CreditNoteTests
{
    private const string Reason = "courbe de charge corrigée par le gestionnaire de réseau";

    [Test]
    public void Bill_CorrectedCurveWithPrevious_CreditsAndReplacesExactlyTheChangedInvoices()
    {
        using var temp = new TempFolder();
        var first = Entries.Bill(RepositoryRoot.Combine("samples", "villeurbanne"), "2026-06");
        Copy(RepositoryRoot.Combine("samples", "villeurbanne"), temp.Path);
        CorrectOneStep(temp.Combine("curves", "2026-06", "30000000000011.csv"), first.Files["allocation.csv"]);
        var fresh = Entries.Bill(temp.Path, "2026-06");
        Directory.CreateDirectory(temp.Combine("previous"));
        foreach (var (name, bytes) in first.Files.Where(f => f.Key == "manifest.json" || (f.Key.StartsWith("bill-", StringComparison.Ordinal) && f.Key.EndsWith(".json", StringComparison.Ordinal))))
        {
            File.WriteAllBytes(temp.Combine("previous", name), bytes);
        }

        var again = BillingPipeline.Run(new BillingRequest("2026-06", Entries.FromFolder(temp.Path), []) { Reason = Reason });
        Assert.That(again.ErrorMessage, Is.Null);

        var before = Invoices(first.Files);
        var expected = Invoices(fresh.Files);
        var changed = before.Keys.Where(k => before[k].Lines != expected[k].Lines).Order(StringComparer.Ordinal).ToList();
        Assert.That(changed, Has.Some.EndsWith("/30000000000011"));
        Assert.That(changed, Has.Count.LessThan(before.Count), "some invoices are unchanged");
        TestContext.Out.WriteLine($"{changed.Count} of {before.Count} invoices changed: {string.Join(", ", changed)}");

        var corrections = JsonDocument.Parse(again.Files["summary.json"]).RootElement.GetProperty("corrections").EnumerateArray().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(corrections.Select(c => $"{c.GetProperty("issuer").GetString()}/{c.GetProperty("prm").GetString()}").Order(StringComparer.Ordinal), Is.EqualTo(changed));
            foreach (var c in corrections)
            {
                var key = $"{c.GetProperty("issuer").GetString()}/{c.GetProperty("prm").GetString()}";
                Assert.That(c.GetProperty("reason").GetString(), Is.EqualTo(Reason));
                Assert.That(c.GetProperty("cancels").GetProperty("number").GetString(), Is.EqualTo(before[key].Number), key);
                Assert.That(c.GetProperty("creditNote").GetProperty("totalTtcEur").GetDecimal(), Is.EqualTo(before[key].Ttc), $"{key}: the credit note cancels the whole invoice");
                Assert.That(c.GetProperty("replacement").GetProperty("totalTtcEur").GetDecimal(), Is.EqualTo(expected[key].Ttc), $"{key}: the replacement bills the corrected data");
                Assert.That(c.GetProperty("differenceTtcEur").GetDecimal(), Is.EqualTo(expected[key].Ttc - before[key].Ttc), key);
                CheckCreditNoteXml(again.Files, c, before[key]);
            }

            var report = System.Net.WebUtility.HtmlDecode(Encoding.UTF8.GetString(again.Files["report.html"]));
            Assert.That(report, Does.Contain("<h2>Mois corrigé</h2>").And.Contain(Reason));
            Assert.That(corrections.Select(c => c.GetProperty("creditNote").GetProperty("number").GetString()), Has.All.Matches<string?>(n => n is not null && report.Contains(n, StringComparison.Ordinal)));
            Assert.That(Encoding.UTF8.GetString(first.Files["report.html"]), Does.Not.Contain("Mois corrigé"));
            var after = Invoices(again.Files);
            foreach (var key in before.Keys.Except(changed))
            {
                Assert.That(after[key].Number, Is.EqualTo(before[key].Number), key);
                Assert.That(again.Files[after[key].Number + ".xml"], Is.EqualTo(first.Files[before[key].Number + ".xml"]), $"{key}: unchanged, as issued");
            }

            foreach (var prefix in new[] { "TG", "TSE" })
            {
                var count = corrections.Count(c => c.GetProperty("creditNote").GetProperty("number").GetString()!.StartsWith(prefix + "-", StringComparison.Ordinal));
                var numbers = corrections.SelectMany(c => new[] { c.GetProperty("creditNote"), c.GetProperty("replacement") }).Select(d => d.GetProperty("number").GetString()!)
                    .Where(n => n.StartsWith(prefix + "-", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
                Assert.That(numbers, Is.EqualTo(Enumerable.Range(17, 2 * count).Select(n => string.Create(CultureInfo.InvariantCulture, $"{prefix}-202606-{n:0000}"))), $"{prefix}: the series continues after 0016");
            }
        });
    }

    private static void CheckCreditNoteXml(System.Collections.Immutable.ImmutableSortedDictionary<string, byte[]> files, JsonElement correction, (string Number, string Date, decimal Ttc, string Lines) cancelled)
    {
        var number = correction.GetProperty("creditNote").GetProperty("number").GetString()!;
        var xml = files[number + ".xml"];
        var doc = Parse(xml);
        Assert.That(FacturXSchema.Errors(xml), Is.Empty, number);
        Assert.That(doc.Descendants(XName("rsm", "ExchangedDocument")).Single().Element(R("TypeCode"))!.Value, Is.EqualTo("381"), number);
        var reference = doc.Descendants(R("InvoiceReferencedDocument")).Single();
        Assert.That(reference.Element(R("IssuerAssignedID"))!.Value, Is.EqualTo(cancelled.Number), number);
        Assert.That(reference.Descendants().Last().Value, Is.EqualTo(cancelled.Date.Replace("-", string.Empty, StringComparison.Ordinal)), number);
        Assert.That(decimal.Parse(doc.Descendants(R("GrandTotalAmount")).Single().Value, CultureInfo.InvariantCulture), Is.EqualTo(cancelled.Ttc), number);
        Assert.That(doc.Descendants(R("Content")).First().Value, Does.Contain($"annulant la facture n° {cancelled.Number}").And.Contain(Reason), number);
        using var temp = new TempFolder();
        var pdf = temp.Combine(number + ".pdf");
        File.WriteAllBytes(pdf, files[number + ".pdf"]);
        Assert.That(ExternalTool.Run("pdfdetach", "-list", pdf), Does.Contain("factur-x.xml"), number);
        Assert.That(ExternalTool.Run("pdftotext", pdf, "-"), Does.Contain($"Avoir n° {number}"), number);
    }

    private static System.Xml.Linq.XName XName(string prefix, string name) => System.Xml.Linq.XName.Get(name, prefix == "rsm" ? Rsm : Ram);

    /// <summary>Every invoice of a run by "issuer/prm": number, issue date, TTC, and its lines (code, seller, quantity, amount) as text.</summary>
    private static Dictionary<string, (string Number, string Date, decimal Ttc, string Lines)> Invoices(System.Collections.Immutable.ImmutableSortedDictionary<string, byte[]> files) =>
        files.Where(f => f.Key.StartsWith("bill-", StringComparison.Ordinal) && f.Key.EndsWith(".json", StringComparison.Ordinal))
            .SelectMany(f => JsonDocument.Parse(f.Value).RootElement.GetProperty("invoices").EnumerateArray().Select(i => i.Clone()))
            .ToDictionary(
                i => $"{i.GetProperty("issuer").GetProperty("id").GetString()}/{i.GetProperty("buyer").GetProperty("prm").GetString()}",
                i => (i.GetProperty("number").GetString()!, i.GetProperty("issueDate").GetString()!, i.GetProperty("totalTtcEur").GetDecimal(),
                    string.Join(";", i.GetProperty("lines").EnumerateArray().Select(l => $"{l.GetProperty("code")}|{l.GetProperty("seller")}|{l.GetProperty("quantity")}|{l.GetProperty("amount")}"))),
                StringComparer.Ordinal);

    /// <summary>Adds 1000 W (500 Wh) to member …011 at the first half-hour whose surplus is at least 2000 Wh (allocation.csv of the first run).</summary>
    private static void CorrectOneStep(string curve, byte[] allocationCsv)
    {
        var surplus = Encoding.UTF8.GetString(allocationCsv).Split('\n').Skip(1).Where(l => l.Length > 0).Select(l => l.Split(','))
            .Where(c => c[2] == "producer").GroupBy(c => c[0]).First(g => g.Sum(c => decimal.Parse(c[5], CultureInfo.InvariantCulture)) >= 2000m).Key;
        var end = DateTimeOffset.Parse(surplus, CultureInfo.InvariantCulture).AddMinutes(30);
        var lines = File.ReadAllText(curve).Split("\r\n");
        var hit = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var cells = lines[i].Split(';');
            if (cells.Length == 2 && DateTimeOffset.TryParse(cells[0], CultureInfo.InvariantCulture, DateTimeStyles.None, out var stamp) && stamp == end)
            {
                lines[i] = $"{cells[0]};{int.Parse(cells[1], CultureInfo.InvariantCulture) + 1000}";
                hit++;
            }
        }

        Assert.That(hit, Is.EqualTo(1), $"the curve has one value ending at {end:O}");
        File.WriteAllText(curve, string.Join("\r\n", lines), new UTF8Encoding(true));
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
