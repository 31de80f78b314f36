namespace Daisee.Billing.Requester.Iexec;

/// <summary>
/// How <see cref="ChainRpcNode"/> waits and prices. The receipt wait is <see cref="PollInterval"/> ×
/// <see cref="MaxPollAttempts"/> (counted, not clocked); the gas limit is the node's estimate plus
/// <see cref="GasMarginPercent"/>.
/// </summary>
public sealed record ChainNodeOptions
{
    /// <summary>Defaults for a public chain: 1 s polling for up to 10 minutes, +20 % gas.</summary>
    public static ChainNodeOptions Default { get; } = new();

    /// <summary>For a local automining node: 50 ms polling for up to 30 s.</summary>
    public static ChainNodeOptions LocalNode { get; } = new() { PollInterval = TimeSpan.FromMilliseconds(50), MaxPollAttempts = 600 };

    /// <summary>Delay between two <c>eth_getTransactionReceipt</c> calls.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How many times to ask for the receipt before giving up.</summary>
    public int MaxPollAttempts { get; init; } = 600;

    /// <summary>How transient RPC failures are retried.</summary>
    public RetrySettings Retry { get; init; } = RetrySettings.Default;

    /// <summary>Percentage added to the gas estimate.</summary>
    public int GasMarginPercent { get; init; } = 20;
}
