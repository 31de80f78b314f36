using System.Collections.Immutable;
using System.Globalization;
using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Billing;

/// <summary>VAT per rate: one line per VAT percentage, on the sum of the rounded lines taxed at that rate.</summary>
public static class VatLines
{
    public const string Code = "VAT";

    public static ImmutableArray<BillLine> Of(IReadOnlyList<BillLine> lines, string currency) =>
    [
        .. lines.Where(l => l.Vat is not null)
            .GroupBy(l => l.Vat!.Value)
            .OrderByDescending(g => g.Key)
            .Select(g =>
            {
                var vatBase = g.Aggregate(Money.Zero(currency), (s, l) => s + l.Amount);
                var source = g.Select(l => l.Vat!).OrderBy(v => v.Option, StringComparer.Ordinal).ThenBy(v => v.From).First();
                return new BillLine(Code, $"TVA {g.Key.ToString("0.##", CultureInfo.InvariantCulture)} %", Rounding.Percent(vatBase, g.Key))
                {
                    Quantity = vatBase.Amount,
                    QuantityUnit = currency,
                    Rate = g.Key,
                    RateUnit = "percent",
                    Source = source,
                    IsTax = true,
                };
            }),
    ];
}
