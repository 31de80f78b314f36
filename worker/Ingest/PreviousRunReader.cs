using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Daisee.Billing.Worker.Billing;
using Daisee.Billing.Worker.Domain;
using NodaTime;
using NodaTime.Text;

namespace Daisee.Billing.Worker.Ingest;

/// <summary>
/// Reads the previous run of the month from the dataset folder <c>previous/</c>: its
/// <c>manifest.json</c> and the <c>bill-&lt;prm&gt;.json</c> files it lists. Each bill file must match
/// the manifest's sha256 (else it is not the issued document: error). Every problem is an issue
/// naming the file and the JSON field; the reader never throws on bad input.
/// </summary>
public static class PreviousRunReader
{
    public const string Folder = "previous/";
    public const string Source = "previous/manifest.json";

    public static (PreviousRun Run, ImmutableArray<Issue> Issues) Read(IReadOnlyList<(string Path, byte[] Bytes)> entries)
    {
        var issues = ImmutableArray.CreateBuilder<Issue>();
        var files = entries.Where(e => e.Path.StartsWith(Folder, StringComparison.Ordinal)).ToDictionary(e => e.Path[Folder.Length..], e => e.Bytes, StringComparer.Ordinal);
        if (files.Count == 0)
        {
            return (PreviousRun.None, []);
        }

        if (!files.TryGetValue("manifest.json", out var manifest))
        {
            issues.Add(Error(Source, "manifest.json", "previous/ has no manifest.json: add the previous run's manifest beside its bill-<prm>.json files."));
            return (PreviousRun.None, issues.ToImmutable());
        }

        var invoices = ImmutableArray.CreateBuilder<PreviousInvoice>();
        var numbers = ImmutableArray.CreateBuilder<string>();
        try
        {
            using var doc = JsonDocument.Parse(manifest);
            var listed = doc.RootElement.TryGetProperty("files", out var filesList) ? filesList : doc.RootElement.GetProperty("outputs");
            foreach (var output in listed.EnumerateArray())
            {
                var path = output.GetProperty("path").GetString() ?? string.Empty;
                if (!path.StartsWith("bill-", StringComparison.Ordinal) || !path.EndsWith(".json", StringComparison.Ordinal))
                {
                    continue;
                }

                if (!files.TryGetValue(path, out var bytes))
                {
                    issues.Add(Error(Folder + path, "files[].path", $"previous/{path} is listed in the previous manifest but missing: add it (the correction needs every issued invoice)."));
                    continue;
                }

                if (!string.Equals(Convert.ToHexStringLower(SHA256.HashData(bytes)), output.GetProperty("sha256").GetString(), StringComparison.Ordinal))
                {
                    issues.Add(Error(Folder + path, "sha256", $"previous/{path} differs from the file the previous manifest lists (sha256): it is not the issued document."));
                    continue;
                }

                ReadBill(Folder + path, bytes, invoices, numbers, issues);
            }
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            issues.Add(Error(Source, "files", $"previous/manifest.json is not a manifest of this worker (files[].path, sha256): {e.Message}"));
        }

        return (new PreviousRun(invoices.ToImmutable(), [.. numbers.Distinct().Order(StringComparer.Ordinal)]), issues.ToImmutable());
    }

    private static void ReadBill(string file, byte[] bytes, ImmutableArray<PreviousInvoice>.Builder invoices, ImmutableArray<string>.Builder numbers, ImmutableArray<Issue>.Builder issues)
    {
        try
        {
            using var doc = JsonDocument.Parse(bytes);
            var root = doc.RootElement;
            foreach (var i in root.GetProperty("invoices").EnumerateArray())
            {
                var number = i.GetProperty("number").GetString()!;
                numbers.Add(number);
                invoices.Add(new PreviousInvoice(number, Date(i, "issueDate"), Date(i, "dueDate"), i.GetProperty("issuer").GetProperty("id").GetString()!,
                    Prm.Parse(i.GetProperty("buyer").GetProperty("prm").GetString()!), [.. i.GetProperty("lines").EnumerateArray().Select(Line)], i.GetProperty("totalTtcEur").GetDecimal()));
            }

            if (root.TryGetProperty("creditNotes", out var credits))
            {
                numbers.AddRange(credits.EnumerateArray().Select(c => c.GetProperty("number").GetString()!));
            }
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or ArgumentException or UnparsableValueException)
        {
            issues.Add(Error(file, "invoices", $"{file} is not a bill of this worker (invoices[].number, issueDate, dueDate, issuer.id, buyer.prm, lines, totalTtcEur): {e.Message}"));
        }
    }

    /// <summary>A line as issued: code, label, quantity and rate as printed, rounded amount, seller and VAT percent.</summary>
    private static BillLine Line(JsonElement l)
    {
        var rate = l.GetProperty("rate").GetDecimal();
        var rateUnit = l.GetProperty("rateUnit").GetString()!;
        var quantityUnit = l.GetProperty("quantityUnit").GetString()!;
        var from = l.TryGetProperty("from", out var f) ? LocalDatePattern.Iso.Parse(f.GetString()!).GetValueOrThrow() : (LocalDate?)null;
        var vat = l.TryGetProperty("vatPercent", out var v) && l.GetProperty("code").GetString() != VatLines.Code
            ? new RateEntry(RateComponents.Vat, RateComponents.VatEnergy, string.Empty, v.GetDecimal(), "percent", from ?? default, null, string.Empty, "verified")
            : null;
        return new BillLine(l.GetProperty("code").GetString()!, l.GetProperty("label").GetString()!, Money.Euros(l.GetProperty("amount").GetDecimal()))
        {
            PriceClass = l.TryGetProperty("class", out var c) ? c.GetString()! : string.Empty,
            Quantity = l.GetProperty("quantity").GetDecimal(),
            QuantityUnit = quantityUnit,
            Rate = rate,
            RateUnit = rateUnit,
            Price = quantityUnit == "kWh" ? new UnitPrice(rateUnit == "EUR/MWh" ? rate / 1000m : rate, "EUR") : null,
            From = from,
            To = l.TryGetProperty("to", out var t) ? LocalDatePattern.Iso.Parse(t.GetString()!).GetValueOrThrow() : null,
            IsTax = l.GetProperty("tax").GetBoolean(),
            SellerId = l.GetProperty("seller").GetString()!,
            Vat = vat,
        };
    }

    private static LocalDate Date(JsonElement e, string name) => LocalDatePattern.Iso.Parse(e.GetProperty(name).GetString()!).GetValueOrThrow();

    private static Issue Error(string file, string field, string message) =>
        new(Severity.Error, IssueCodes.ValueInvalid, file, 0, string.Create(CultureInfo.InvariantCulture, $"{message}")) { Field = field };
}
