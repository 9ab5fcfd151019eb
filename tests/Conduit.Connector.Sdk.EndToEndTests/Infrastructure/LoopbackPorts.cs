using System.Net;
using System.Net.Sockets;

namespace Conduit.Connector.Sdk.EndToEndTests.Infrastructure;

/// <summary>Finds blocks of free loopback ports (below Linux's ephemeral range) and holds ports on demand.</summary>
internal static class LoopbackPorts
{
    private static readonly Lock Gate = new();
    private static int _next = 20000 + Random.Shared.Next(0, 8000);

    /// <summary>Returns the first port of <paramref name="count"/> consecutive ports that are free right now.</summary>
    public static int FindFreeBlock(int count)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            int start;
            lock (Gate)
            {
                start = _next;
                _next += count + 1;
                if (_next > 32000)
                {
                    _next = 20000;
                }
            }

            if (Enumerable.Range(start, count).All(IsFree))
            {
                return start;
            }
        }

        throw new InvalidOperationException("No block of free loopback ports found.");
    }

    /// <summary>Binds 127.0.0.1:<paramref name="port"/> and keeps it until disposed.</summary>
    public static Socket Hold(int port)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, port));
        socket.Listen();
        return socket;
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var socket = Hold(port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
