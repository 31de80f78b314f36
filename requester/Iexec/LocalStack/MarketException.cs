using System.Net;

namespace Daisee.Billing.Requester.Iexec.LocalStack;

/// <summary>A request the local market API refuses, with the HTTP status it answers.</summary>
public sealed class MarketException(HttpStatusCode status, string message) : Exception(message)
{
    public HttpStatusCode Status { get; } = status;
}
