namespace Daisee.Billing.Requester.Iexec;

/// <summary>
/// Bounds of the transient-failure retry (<see cref="TransientRetryHandler"/>): at most
/// <see cref="MaxAttempts"/> tries, waits doubling from <see cref="FirstDelay"/> up to
/// <see cref="MaxDelay"/>, each try cut after <see cref="AttemptTimeout"/>.
/// </summary>
public sealed record RetrySettings
{
    /// <summary>4 attempts, 0.5 s → 1 s → 2 s (cap 4 s), 100 s per attempt.</summary>
    public static RetrySettings Default { get; } = new();

    /// <summary>Total tries, the first one included.</summary>
    public int MaxAttempts { get; init; } = 4;

    /// <summary>Wait before the second try; doubled each time.</summary>
    public TimeSpan FirstDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Longest wait between two tries.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(4);

    /// <summary>How long one try may take before it counts as timed out.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(100);
}
