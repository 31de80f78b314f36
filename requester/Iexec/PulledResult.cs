using Daisee.Billing.Requester.Chain;

namespace Daisee.Billing.Requester.Iexec;

/// <summary>A downloaded task result, where it came from and what verification found.</summary>
public sealed record PulledResult(Hash32 TaskId, TaskView Task, Uri Location, ResultFiles Files, VerificationReport Report);
