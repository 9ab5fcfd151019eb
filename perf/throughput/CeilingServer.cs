using System.Globalization;
using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using V2 = Conduit.Connector.Sdk.Protocol.Wire.V2;

namespace Conduit.Connector.Sdk.ThroughputBenchmark;

/// <summary>
/// The ceiling: Kestrel h2c on a unix socket serving connector.v2 <c>Run</c> streams with prebuilt
/// messages and no SDK runtime, so the driver measures what gRPC and the socket allow. It prints its
/// socket path on stdout and runs until it is killed.
/// </summary>
internal static class CeilingServer
{
    public static async Task<int> RunAsync()
    {
        var batch = int.Parse(Environment.GetEnvironmentVariable(Roles.CeilingBatchVariable) ?? "1000", CultureInfo.InvariantCulture);
        var socketPath = Path.Combine(Path.GetTempPath(), $"throughput-ceiling-{Environment.ProcessId}.sock");
        File.Delete(socketPath);

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.ListenUnixSocket(socketPath, listen => listen.Protocols = HttpProtocols.Http2);
        });
        builder.Services.AddGrpc(options =>
        {
            // The SDK's limits (CONDUIT_CONNECTOR_MAX_RECEIVE_RECORD_SIZE default, no send limit).
            options.MaxReceiveMessageSize = 4 * 1024 * 1024;
            options.MaxSendMessageSize = null;
        });
        builder.Services.AddSingleton(new CeilingSource(WireRecords.SourceResponse(batch)));
        builder.Services.AddSingleton<CeilingDestination>();

        await using var app = builder.Build();
        app.MapGrpcService<CeilingSource>();
        app.MapGrpcService<CeilingDestination>();
        await app.StartAsync();
        Console.Out.WriteLine(socketPath);
        Console.Out.Flush();
        await Task.Delay(Timeout.Infinite, app.Lifetime.ApplicationStopping).ContinueWith(static _ => { }, TaskScheduler.Default);
        return 0;
    }

    /// <summary>Writes the same prebuilt batch in a loop and drains the acknowledgments.</summary>
    private sealed class CeilingSource(V2.Source.Types.Run.Types.Response batch) : V2.SourcePlugin.SourcePluginBase
    {
        public override async Task Run(
            IAsyncStreamReader<V2.Source.Types.Run.Types.Request> requestStream,
            IServerStreamWriter<V2.Source.Types.Run.Types.Response> responseStream,
            ServerCallContext context)
        {
            var token = context.CancellationToken;
            var drain = Task.Run(
                async () =>
                {
                    while (await requestStream.MoveNext(token))
                    {
                    }
                },
                token);
            try
            {
                while (!drain.IsCompleted)
                {
                    await responseStream.WriteAsync(batch, token);
                }
            }
            catch (OperationCanceledException)
            {
            }

            await drain.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>Answers each batch with acknowledgments prebuilt for the first one of its size.</summary>
    private sealed class CeilingDestination : V2.DestinationPlugin.DestinationPluginBase
    {
        public override async Task Run(
            IAsyncStreamReader<V2.Destination.Types.Run.Types.Request> requestStream,
            IServerStreamWriter<V2.Destination.Types.Run.Types.Response> responseStream,
            ServerCallContext context)
        {
            var token = context.CancellationToken;
            V2.Destination.Types.Run.Types.Response? acks = null;
            try
            {
                while (await requestStream.MoveNext(token))
                {
                    var records = requestStream.Current.Records;
                    if (acks is null || acks.Acks.Count != records.Count)
                    {
                        acks = new V2.Destination.Types.Run.Types.Response();
                        foreach (var record in records)
                        {
                            acks.Acks.Add(new V2.Destination.Types.Run.Types.Response.Types.Ack { Position = record.Position });
                        }
                    }

                    await responseStream.WriteAsync(acks, token);
                }
            }
            catch (OperationCanceledException)
            {
            }
        }
    }
}
