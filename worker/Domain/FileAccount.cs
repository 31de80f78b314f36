namespace Daisee.Billing.Worker.Domain;

/// <summary>
/// What became of every data row of one input file. The identity
/// <c>RowsRead = RowsAccepted + RowsRejected + RowsOutOfScope</c> always holds.
/// </summary>
public sealed record FileAccount(string Source, string Format, long RowsRead, long RowsAccepted, long RowsRejected, long RowsOutOfScope)
{
    public bool IsBalanced => RowsRead == RowsAccepted + RowsRejected + RowsOutOfScope;
}
