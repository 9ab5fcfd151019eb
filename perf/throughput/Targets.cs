using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Reflection;
using Conduit.Connector.Sdk.Testing;
using Grpc.Core;
using Grpc.Net.Client;

namespace Conduit.Connector.Sdk.ThroughputBenchmark;

/// <summary>Starts the processes the driver measures.</summary>
internal static class Targets
{
    /// <summary>The runtime's source batch limit (read by Runtime/SourceBatchLimit.cs).</summary>
    public const string MaxSourceBatchVariable = "CONDUIT_DOTNET_SDK_MAX_SOURCE_BATCH";

    public static string RepoRoot { get; } =
        typeof(Targets).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!;

    public static string GeneratorPath =>
        Path.Combine(RepoRoot, "samples/Conduit.Connector.Samples.Generator/bin/Release/net10.0/conduit-connector-generator");

    public static string SelfPath => Environment.ProcessPath ?? throw new InvalidOperationException("no process path");

    /// <summary>Starts the generator sample as Conduit does and opens it: 1 KiB raw payloads, endless.</summary>
    public static async Task<ConnectorProcess> StartGeneratorAsync(string path, int? maxBatch, CancellationToken cancellationToken)
    {
        var options = Options(path);
        if (maxBatch is { } limit)
        {
            options.Environment[MaxSourceBatchVariable] = limit.ToString(CultureInfo.InvariantCulture);
        }

        var process = await ConnectorProcess.StartAsync(options, cancellationToken);
        await process.Source.ConfigureAsync(
            new Dictionary<string, string>
            {
                ["recordCount"] = "0",
                ["payloadSize"] = WireRecords.PayloadSize.ToString(CultureInfo.InvariantCulture),
                ["format"] = "raw",
            },
            cancellationToken);
        await process.Source.OpenAsync(Position.Empty, cancellationToken);
        return process;
    }

    /// <summary>Starts the SDK null destination (this executable in that role) and opens it.</summary>
    public static async Task<ConnectorProcess> StartNullDestinationAsync(CancellationToken cancellationToken)
    {
        var options = Options(SelfPath);
        options.Environment[Roles.Variable] = Roles.NullDestination;
        var process = await ConnectorProcess.StartAsync(options, cancellationToken);
        await process.Destination.ConfigureAsync(new Dictionary<string, string>(), cancellationToken);
        await process.Destination.OpenAsync(cancellationToken);
        return process;
    }

    /// <summary>Starts the bare ceiling server and connects to it with the channel settings of <see cref="ConnectorProcess"/>.</summary>
    public static async Task<Ceiling> StartCeilingAsync(int batch, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(SelfPath) { RedirectStandardOutput = true, UseShellExecute = false };
        start.Environment[Roles.Variable] = Roles.Ceiling;
        start.Environment[Roles.CeilingBatchVariable] = batch.ToString(CultureInfo.InvariantCulture);
        var process = Process.Start(start) ?? throw new InvalidOperationException("the ceiling did not start");
        try
        {
            var socketPath = await process.StandardOutput.ReadLineAsync(cancellationToken)
                ?? throw new InvalidOperationException("the ceiling exited before it listened");
            return new Ceiling(process, socketPath);
        }
        catch
        {
            process.Kill();
            process.Dispose();
            throw;
        }
    }

    private static ConnectorProcessOptions Options(string path) => new(path)
    {
        Network = ConnectorNetwork.Unix,
        LogLevel = "info",
        ShutdownGracePeriod = TimeSpan.FromSeconds(1),
    };

    /// <summary>A running ceiling process and a channel to it.</summary>
    internal sealed class Ceiling : IDisposable
    {
        private readonly Process _process;

        public Ceiling(Process process, string socketPath)
        {
            _process = process;
            Channel = GrpcChannel.ForAddress("http://localhost", new GrpcChannelOptions
            {
                HttpHandler = new SocketsHttpHandler
                {
                    ConnectCallback = async (_, token) =>
                    {
                        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                        try
                        {
                            await socket.ConnectAsync(new UnixDomainSocketEndPoint(socketPath), token);
                            return new NetworkStream(socket, ownsSocket: true);
                        }
                        catch
                        {
                            socket.Dispose();
                            throw;
                        }
                    },
                    PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan,
                    EnableMultipleHttp2Connections = true,
                },
                DisposeHttpClient = true,
                MaxReceiveMessageSize = null,
            });
        }

        public GrpcChannel Channel { get; }

        public CallInvoker Invoker => Channel.CreateCallInvoker();

        public void Dispose()
        {
            Channel.Dispose();
            _process.Kill();
            _process.WaitForExit();
            _process.Dispose();
        }
    }
}
