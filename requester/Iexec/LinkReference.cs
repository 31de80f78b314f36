namespace Daisee.Billing.Requester.Iexec;

/// <summary>A library placeholder in creation code: <paramref name="Start"/> and <paramref name="Length"/> in bytes (after <c>0x</c>).</summary>
public readonly record struct LinkReference(string Library, int Start, int Length);
