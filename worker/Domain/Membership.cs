using NodaTime;

namespace Daisee.Billing.Worker.Domain;

/// <summary>Local days a participant belongs to the collective: <c>Joined ≤ d &lt; Left</c>; no <c>Left</c> = still a member.</summary>
public readonly record struct Membership(LocalDate? Joined, LocalDate? Left)
{
    public bool Covers(LocalDate day) => (Joined is null || Joined <= day) && (Left is null || day < Left);
}
