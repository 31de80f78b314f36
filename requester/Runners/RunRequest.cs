using System.Collections.Immutable;

namespace Daisee.Billing.Requester.Runners;

/// <summary>One worker run: the dataset (folder or zip), the folder the result lands in, and the iExec arguments.</summary>
public sealed record RunRequest(string Dataset, string OutputFolder, ImmutableArray<string> Arguments);
