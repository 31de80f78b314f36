using System.Net;
using System.Net.Sockets;

namespace Daisee.Billing.Requester.Iexec.LocalStack;

/// <summary>Free TCP ports on 127.0.0.1 (the local stack never listens on another address).</summary>
public static class LoopbackPorts
{
    /// <summary>A port the OS reports free on 127.0.0.1 right now.</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
