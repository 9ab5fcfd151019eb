using System.Net;
using System.Net.Sockets;
using Conduit.Connector.Sdk.Protocol.Wire.GoPlugin;
using Conduit.Connector.Sdk.Tests.Protocol;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.Client;
using DestinationConfigure = Conduit.Connector.Sdk.Protocol.Wire.V2.Destination.Types.Configure.Types;
using SourceConfigure = Conduit.Connector.Sdk.Protocol.Wire.V2.Source.Types.Configure.Types;
using Specify = Conduit.Connector.Sdk.Protocol.Wire.V2.Specifier.Types.Specify.Types;
using WellKnownEmpty = Google.Protobuf.WellKnownTypes.Empty;

namespace Conduit.Connector.Sdk.Tests.Hosting;

/// <summary>
/// The served plugin, called by a real gRPC client with the descriptors the generated code declares: every service
/// answers under its wire name, unknown names are UNIMPLEMENTED, other requests get 405 or 404, Shutdown stops the process.
/// </summary>
public sealed class PluginServerTests
{
    private const string Cookie = "204e8e812c3a1bb73b838928c575b42a105dd2e9aa449be481bc4590486df53f";

    [Fact]
    public async Task Serve_EveryServiceAnswersUnderItsWireName()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("unix sockets are not served on Windows");
        }

        // Arrange
        var cancellationToken = TestContext.Current.CancellationToken;
        var directory = Directory.CreateTempSubdirectory("conduit-sdk-test-").FullName;
        try
        {
            var run = new PluginTestRun(
                ("CONDUIT_PLUGIN_MAGIC_COOKIE", Cookie),
                ("PLUGIN_PROTOCOL_VERSIONS", "2"),
                ("PLUGIN_UNIX_SOCKET_DIR", directory),
                ("CONDUIT_CONNECTOR_LOG_LEVEL", "info"));
            using var lifetime = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            var running = run.RunAsync([], lifetime.Token);
            var path = (await run.HandshakeLine.WaitAsync(TimeSpan.FromSeconds(20), cancellationToken)).Split('|')[3];
            using var channel = OpenChannel(path);
            var invoker = channel.CreateCallInvoker();
            var options = new CallOptions(cancellationToken: cancellationToken);

            // Act and assert: health, as go-plugin's host checks it.
            var health = await invoker.AsyncUnaryCall(Generated<HealthCheckRequest, HealthCheckResponse>("/grpc.health.v1.Health/Check"), null, options, new HealthCheckRequest { Service = "plugin" });
            Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, health.Status);
            using (var watch = invoker.AsyncServerStreamingCall(Generated<HealthCheckRequest, HealthCheckResponse>("/grpc.health.v1.Health/Watch"), null, options, new HealthCheckRequest { Service = "plugin" }))
            {
                Assert.True(await watch.ResponseStream.MoveNext(cancellationToken));
                Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, watch.ResponseStream.Current.Status);
            }

            // The connector.v2 services.
            var specification = await invoker.AsyncUnaryCall(Generated<Specify.Request, Specify.Response>("/connector.v2.SpecifierPlugin/Specify"), null, options, new Specify.Request());
            Assert.Equal("sample", specification.Specification.Name);
            Assert.Contains("url", specification.Specification.SourceParams.Keys);
            await invoker.AsyncUnaryCall(Generated<DestinationConfigure.Request, DestinationConfigure.Response>("/connector.v2.DestinationPlugin/Configure"), null, options, new DestinationConfigure.Request());
            var invalid = await Assert.ThrowsAsync<RpcException>(async () => await invoker.AsyncUnaryCall(
                Generated<SourceConfigure.Request, SourceConfigure.Response>("/connector.v2.SourcePlugin/Configure"), null, options, new SourceConfigure.Request { Config = { ["bogus"] = "1" } }));
            Assert.Equal(StatusCode.InvalidArgument, invalid.StatusCode);
            Assert.Contains("bogus", invalid.Status.Detail, StringComparison.Ordinal);

            // The go-plugin streams: the broker ends when the host ends its side; stdio stays open until cancelled.
            using (var broker = invoker.AsyncDuplexStreamingCall(Generated<ConnInfo, ConnInfo>("/plugin.GRPCBroker/StartStream"), null, options))
            {
                await broker.RequestStream.CompleteAsync();
                Assert.False(await broker.ResponseStream.MoveNext(cancellationToken));
                Assert.Equal(StatusCode.OK, broker.GetStatus().StatusCode);
            }

            using (var stdio = invoker.AsyncServerStreamingCall(
                Generated<WellKnownEmpty, StdioData>("/plugin.GRPCStdio/StreamStdio"), null, options.WithDeadline(DateTime.UtcNow.AddMilliseconds(300)), new WellKnownEmpty()))
            {
                var open = await Assert.ThrowsAsync<RpcException>(() => stdio.ResponseStream.MoveNext(cancellationToken));
                Assert.Equal(StatusCode.DeadlineExceeded, open.StatusCode);
            }

            // Names nobody serves.
            var unknownMethod = await Assert.ThrowsAsync<RpcException>(async () => await invoker.AsyncUnaryCall(Unknown("plugin.GRPCBroker", "Nope"), null, options, new WellKnownEmpty()));
            Assert.Equal(StatusCode.Unimplemented, unknownMethod.StatusCode);
            var unknownService = await Assert.ThrowsAsync<RpcException>(async () => await invoker.AsyncUnaryCall(Unknown("plugin.Nothing", "Shutdown"), null, options, new WellKnownEmpty()));
            Assert.Equal(StatusCode.Unimplemented, unknownService.StatusCode);

            // Plain HTTP/2 requests: a method path wants POST; other paths are not found.
            using (var http = new HttpClient(CreateHandler(path)) { DefaultRequestVersion = HttpVersion.Version20, DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact })
            {
                using var get = await http.GetAsync(new Uri("http://localhost/connector.v2.SpecifierPlugin/Specify"), cancellationToken);
                Assert.Equal(HttpStatusCode.MethodNotAllowed, get.StatusCode);
                using var post = await http.PostAsync(new Uri("http://localhost/nothing/here"), new StringContent("x"), cancellationToken);
                Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
            }

            // Shutdown answers, then the process stops on its own.
            await invoker.AsyncUnaryCall(Generated<Empty, Empty>("/plugin.GRPCController/Shutdown"), null, options, new Empty());
            Assert.Equal(0, await running.WaitAsync(TimeSpan.FromSeconds(10), cancellationToken));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static Method<TRequest, TResponse> Generated<TRequest, TResponse>(string fullName)
        where TRequest : class
        where TResponse : class =>
        GeneratedServiceMethods.Find<TRequest, TResponse>(fullName);

    private static Method<WellKnownEmpty, WellKnownEmpty> Unknown(string service, string method)
    {
        var marshaller = Marshallers.Create(static (WellKnownEmpty message) => message.ToByteArray(), WellKnownEmpty.Parser.ParseFrom);
        return new Method<WellKnownEmpty, WellKnownEmpty>(MethodType.Unary, service, method, marshaller, marshaller);
    }

    private static GrpcChannel OpenChannel(string socketPath) =>
        GrpcChannel.ForAddress("http://localhost", new GrpcChannelOptions { HttpHandler = CreateHandler(socketPath) });

    private static SocketsHttpHandler CreateHandler(string socketPath) =>
        new()
        {
            ConnectCallback = async (_, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                try
                {
                    await socket.ConnectAsync(new UnixDomainSocketEndPoint(socketPath), cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
}
