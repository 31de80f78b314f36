namespace Daisee.Billing.Worker.Tests.Hostile;

/// <summary>
/// One hostile input: how to lay it out in a fresh <c>IEXEC_IN</c> folder, and what the worker
/// must make of it. <see cref="ExpectedCode"/> must appear in conformity.csv; <see cref="Rejected"/>
/// says whether computed.json must carry an error-message (null: either).
/// </summary>
public sealed record HostileCase(string Name, string ExpectedCode, bool? Rejected, Action<HostileInput> Build)
{
    public override string ToString() => Name;
}
