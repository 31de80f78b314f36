using Daisee.Billing.Contract;

namespace Daisee.Billing.Requester.Results;

/// <summary>One participant as <c>summary.json</c> reports it: energies in Wh, and the amount due when billed.</summary>
public sealed record MemberLine(string Id, string Role, string Name, decimal MeasuredWh, decimal LocalWh, decimal GridWh, decimal? AmountDueEur)
{
    public static MemberLine From(SummaryParticipant p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new MemberLine(p.Id, p.Role, p.Name, p.MeasuredWh, p.LocalWh, p.GridWh, p.Bill?.TotalEur);
    }
}
