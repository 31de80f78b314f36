using System.Text.Json;
using Daisee.Billing.Worker.Tests.Support;

namespace Daisee.Billing.Worker.Tests.Billing;

/// <summary>
/// On every month of the Villeurbanne sample, per seller and under mandate: each producer sells
/// exactly its autoproduced energy, and Σ invoices = Σ statements per seller (energy and excise) to the cent.
/// </summary>
public sealed class SampleInvoiceTests
{
    [TestCase("2026-03", "per-seller")]
    [TestCase("2026-06", "per-seller")]
    [TestCase("2026-10", "per-seller")]
    [TestCase("2026-06", "pmo-mandate")]
    public void Bill_Sample_SoldEqualsAutoproducedAndInvoicesEqualStatements(string month, string mode)
    {
        using var temp = new TempFolder();
        Copy(RepositoryRoot.Combine("samples", "villeurbanne"), temp.Path);
        var collective = Path.Combine(temp.Path, "collective.json");
        File.WriteAllText(collective, File.ReadAllText(collective).Replace("\"mode\": \"per-seller\"", $"\"mode\": \"{mode}\"", StringComparison.Ordinal));
        var outcome = Entries.Bill(temp.Path, month);
        Assert.That(outcome.ErrorMessage, Is.Null);

        var invoiced = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var numbers = new List<string>();
        foreach (var (name, bytes) in outcome.Files.Where(f => f.Key.StartsWith("bill-", StringComparison.Ordinal) && f.Key.EndsWith(".json", StringComparison.Ordinal)))
        {
            using var doc = JsonDocument.Parse(bytes);
            var invoices = doc.RootElement.GetProperty("invoices").EnumerateArray().ToList();
            if (mode == "pmo-mandate")
            {
                Assert.That(invoices, Has.Count.LessThanOrEqualTo(1), name);
                Assert.That(invoices.SelectMany(i => i.GetProperty("mentions").EnumerateArray()).Select(m => m.GetString()), Has.Some.Contains("au nom et pour le compte de"), name);
            }

            foreach (var invoice in invoices)
            {
                numbers.Add(invoice.GetProperty("number").GetString()!);
                foreach (var line in invoice.GetProperty("lines").EnumerateArray().Where(l => l.GetProperty("code").GetString() is "LOCAL_ENERGY" or "ACCISE"))
                {
                    var seller = line.GetProperty("seller").GetString()!;
                    invoiced[seller] = invoiced.GetValueOrDefault(seller) + line.GetProperty("amount").GetDecimal();
                }
            }
        }

        var stated = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var allocation = outcome.Allocation!;
        foreach (var producer in allocation.Producers)
        {
            using var doc = JsonDocument.Parse(StatementOf(outcome, producer.Participant.Prm.Value));
            var lines = doc.RootElement.GetProperty("statement").GetProperty("lines").EnumerateArray().ToList();
            var soldKwh = lines.Where(l => l.GetProperty("code").GetString() == "SOLD_ENERGY").Sum(l => l.GetProperty("quantity").GetDecimal());
            Assert.That(soldKwh, Is.EqualTo(producer.LocalTotal.KilowattHours), $"{producer.Participant.Prm}: sold = autoproduced");
            var seller = producer.Participant.Seller!;
            stated[seller] = stated.GetValueOrDefault(seller) + lines.Where(l => l.GetProperty("code").GetString() is "SOLD_ENERGY" or "ACCISE").Sum(l => l.GetProperty("amount").GetDecimal());
        }

        Assert.Multiple(() =>
        {
            Assert.That(invoiced, Is.EqualTo(stated));
            Assert.That(invoiced.Keys, Is.EquivalentTo(new[] { "grandclement", "toits-ecole" }));
            Assert.That(numbers, Is.Unique);
        });
    }

    /// <summary>The statement file whose own <c>prm</c> is <paramref name="prm"/> (files are named by pseudonym).</summary>
    private static byte[] StatementOf(Worker.BillingOutcome outcome, string prm)
    {
        foreach (var (_, bytes) in outcome.Files.Where(f => f.Key.StartsWith("statement-", StringComparison.Ordinal) && f.Key.EndsWith(".json", StringComparison.Ordinal)))
        {
            using var doc = JsonDocument.Parse(bytes);
            if (doc.RootElement.GetProperty("prm").GetString() == prm)
            {
                return bytes;
            }
        }

        throw new AssertionException($"no statement of {prm}");
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
