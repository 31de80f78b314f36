using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Domain;

/// <summary>The one deterministic order of issues in every report: file, line, code, PRM, step, message (ordinal).</summary>
public sealed class IssueOrder : IComparer<Issue>
{
    public static readonly IssueOrder Instance = new();

    public int Compare(Issue? x, Issue? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var c = string.CompareOrdinal(x.Source, y.Source);
        if (c == 0) c = x.Line.CompareTo(y.Line);
        if (c == 0) c = string.CompareOrdinal(x.Code, y.Code);
        if (c == 0) c = string.CompareOrdinal(x.Prm?.Value, y.Prm?.Value);
        if (c == 0) c = Nullable.Compare(x.Step?.Start, y.Step?.Start);
        if (c == 0) c = string.CompareOrdinal(x.Field, y.Field);
        return c != 0 ? c : string.CompareOrdinal(x.Message, y.Message);
    }
}
