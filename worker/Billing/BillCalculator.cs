using System.Collections.Immutable;
using Daisee.Billing.Worker.Allocation;
using Daisee.Billing.Worker.Domain;
using NodaTime;

namespace Daisee.Billing.Worker.Billing;

/// <summary>
/// Each member's local charges of the period as one <see cref="Bill"/>: the lines of all its
/// invoices (<see cref="InvoiceCalculator"/>), so that the member's total is the sum of its
/// invoices. A step without a price set or a rate in force is reported, never billed at a
/// guessed price.
/// </summary>
public static class BillCalculator
{
    public const string FeeCode = InvoiceCalculator.FeeCode;

    public static (ImmutableArray<Bill> Bills, ImmutableArray<Issue> Issues) Calculate(Collective collective, AllocationResult allocation) =>
        Calculate(collective, allocation, RateTable.Embedded);

    public static (ImmutableArray<Bill> Bills, ImmutableArray<Issue> Issues) Calculate(Collective collective, AllocationResult allocation, RateTable rates)
    {
        var (invoices, issues) = InvoiceCalculator.Calculate(collective, allocation, rates, null);
        return (Of(collective, allocation, invoices), issues);
    }

    /// <summary>One bill per consumer: the lines of its invoices, in invoice order.</summary>
    public static ImmutableArray<Bill> Of(Collective collective, AllocationResult allocation, ImmutableArray<Invoice> invoices)
    {
        var byBuyer = invoices.ToLookup(i => i.Buyer.Prm);
        return [.. allocation.Consumers.Select(c => new Bill(c.Participant,
            [.. byBuyer[c.Participant.Prm].SelectMany(i => i.Lines)], collective.Currency) { Kind = BillKind.LocalInvoice })];
    }

    /// <summary>The VAT rate of a line dated <paramref name="day"/>, or null when the collective's invoices carry no VAT.</summary>
    public static RateEntry? VatOf(Collective collective, RateTable rates, string option, LocalDate day) =>
        collective.Regulated.Vat ? rates.Find(RateComponents.Vat, option, string.Empty, day) : null;
}
