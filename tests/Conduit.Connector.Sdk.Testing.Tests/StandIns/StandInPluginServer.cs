using Conduit.Connector.Sdk.Protocol.Wire.GoPlugin;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.HealthCheck;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Conduit.Connector.Sdk.Testing.Tests.StandIns;

/// <summary>How the stand-in answers <c>plugin.GRPCStdio/StreamStdio</c>.</summary>
internal enum StdioBehavior
{
    /// <summary>Sends one stdout frame and one frame without a channel, then holds the stream open.</summary>
    HoldOpen,

    /// <summary>Ends the stream at once (what a broken connector might do).</summary>
    EndAtOnce,
}

/// <summary>
/// A go-plugin server hosted in the test process on a unix socket, so that the host's handling of
/// misbehaving connectors can be tested. A shell script prints its handshake line and stays alive.
/// </summary>
internal sealed class StandInPluginServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly DirectoryInfo _directory;

    private StandInPluginServer(WebApplication app, DirectoryInfo directory, string socketPath)
    {
        _app = app;
        _directory = directory;
        SocketPath = socketPath;
    }

    public string SocketPath { get; }

    public static async Task<StandInPluginServer> StartAsync(HealthCheckResponse.Types.ServingStatus health, StdioBehavior stdio)
    {
        var directory = Directory.CreateTempSubdirectory("standin-");
        var socketPath = Path.Combine(directory.FullName, "plugin.sock");
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.ListenUnixSocket(socketPath, l => l.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc();
        var healthService = new HealthServiceImpl();
        healthService.SetStatus("plugin", health);
        builder.Services.AddSingleton(healthService);
        builder.Services.AddSingleton(new StdioStandIn(stdio));
        var app = builder.Build();
        app.MapGrpcService<HealthServiceImpl>();
        app.MapGrpcService<StdioStandIn>();
        app.MapGrpcService<ControllerStandIn>();
        app.MapGrpcService<BrokerStandIn>();
        await app.StartAsync();
        return new StandInPluginServer(app, directory, socketPath);
    }

    /// <summary>Options for a "connector" that prints this server's handshake and then only sleeps (it never exits on Shutdown).</summary>
    public ConnectorProcessOptions ConnectorOptions()
    {
        var options = new ConnectorProcessOptions("/bin/sh");
        options.Arguments.Add("-c");
        options.Arguments.Add($"echo '1|2|unix|{SocketPath}|grpc|'; exec sleep 30");
        options.ShutdownGracePeriod = TimeSpan.FromMilliseconds(300);
        options.HandshakeTimeout = TimeSpan.FromSeconds(10);
        return options;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _directory.Delete(recursive: true);
    }

    private sealed class StdioStandIn(StdioBehavior behavior) : GRPCStdio.GRPCStdioBase
    {
        public override async Task StreamStdio(Google.Protobuf.WellKnownTypes.Empty request, IServerStreamWriter<StdioData> responseStream, ServerCallContext context)
        {
            if (behavior == StdioBehavior.EndAtOnce)
            {
                return;
            }

            await responseStream.WriteAsync(new StdioData { Channel = StdioData.Types.Channel.Stdout, Data = ByteString.CopyFromUtf8("hello") });
            await responseStream.WriteAsync(new StdioData { Data = ByteString.CopyFromUtf8("no channel") });
            await Task.Delay(Timeout.Infinite, context.CancellationToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    private sealed class ControllerStandIn : GRPCController.GRPCControllerBase
    {
        public override Task<Empty> Shutdown(Empty request, ServerCallContext context) => Task.FromResult(new Empty());
    }

    private sealed class BrokerStandIn : GRPCBroker.GRPCBrokerBase
    {
        public override Task StartStream(IAsyncStreamReader<ConnInfo> requestStream, IServerStreamWriter<ConnInfo> responseStream, ServerCallContext context) =>
            Task.Delay(Timeout.Infinite, context.CancellationToken).ContinueWith(_ => { }, TaskScheduler.Default);
    }
}
