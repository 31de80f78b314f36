using System.Collections.Immutable;

namespace Daisee.Billing.Requester.Runners;

/// <summary>One worker run: the dataset (folder or zip), the folder the result lands in, and the iExec arguments.</summary>
public sealed record RunRequest(string Dataset, string OutputFolder, ImmutableArray<string> Arguments)
{
    /// <summary>iExec: how long to wait for the task (null: until its final deadline, from the category's time reference).</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>iExec: buy a new deal even when one for the same bill exists (it costs the task's price again).</summary>
    public bool NewDeal { get; init; }

    /// <summary>The command that runs this request again (printed on interruption and failure: running it follows the same deal).</summary>
    public string? ResumeCommand { get; init; }
}
