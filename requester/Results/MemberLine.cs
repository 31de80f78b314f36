using System.Text.Json;

namespace Daisee.Billing.Requester.Results;

/// <summary>One participant as <c>summary.json</c> reports it: energies in Wh, and the amount due when billed.</summary>
public sealed record MemberLine(string Id, string Role, string Name, decimal MeasuredWh, decimal LocalWh, decimal GridWh, decimal? AmountDueEur)
{
    public static MemberLine From(JsonElement p)
    {
        decimal? amount = null;
        if (p.TryGetProperty("bill", out var bill))
        {
            amount = bill.TryGetProperty("totalEur", out var total) ? total.GetDecimal() : bill.GetProperty("amountExclTaxEur").GetDecimal();
        }

        return new MemberLine(
            p.GetProperty("id").GetString()!,
            p.GetProperty("role").GetString()!,
            p.GetProperty("name").GetString()!,
            p.GetProperty("measuredWh").GetDecimal(),
            p.GetProperty("localWh").GetDecimal(),
            p.GetProperty("gridWh").GetDecimal(),
            amount);
    }
}
