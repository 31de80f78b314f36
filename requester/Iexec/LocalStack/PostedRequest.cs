namespace Daisee.Billing.Requester.Iexec.LocalStack;

/// <summary>A POST the <see cref="LoopbackFileServer"/> received: path and query, Authorization header, body.</summary>
public sealed record PostedRequest(string PathAndQuery, string? Authorization, string Body);
