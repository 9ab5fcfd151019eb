using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Conduit.Connector.Sdk.Protocol.Wire.ConnUtils;
using Conduit.Connector.Sdk.Schemas;
using Google.Protobuf;
using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WireSchema = Conduit.Connector.Sdk.Protocol.Wire.Schema.Schema;

namespace Conduit.Connector.Sdk.Tests.Schemas;

/// <summary>The client against a real h2c Kestrel server that hosts a fake Conduit schema service.</summary>
public sealed class GrpcSchemaServiceTests : IAsyncLifetime
{
    private const string Token = "{\"value\":\"abc\",\"connector_id\":\"p:c\"}";
    private WebApplication? _app;
    private string _target = string.Empty;

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(options => options.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc();
        builder.Services.AddSingleton(new FakeConduitSchemaService(Token));
        _app = builder.Build();
        _app.MapGrpcService<FakeConduitSchemaService>();
        await _app.StartAsync(TestContext.Current.CancellationToken);
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        _target = new Uri(address).Authority;
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync(CancellationToken.None);
            await _app.DisposeAsync();
        }
    }

    [Fact]
    public async Task CreateThenGet_SendsTheTokenAndMapsTheSchema()
    {
        using var client = new GrpcSchemaService(_target, Token);
        var text = Encoding.UTF8.GetBytes("""{"type":"record","name":"r","fields":[]}""");

        var created = await client.CreateAsync(SchemaType.Avro, "ctx:users.payload", text, TestContext.Current.CancellationToken);
        var got = await client.GetAsync("ctx:users.payload", 1, TestContext.Current.CancellationToken);

        Assert.Equal(("ctx:users.payload", 1, 7, SchemaType.Avro), (created.Subject, created.Version, created.Id, created.Type));
        Assert.Equal(text, created.Bytes.ToArray());
        Assert.Equal(created.Text, got.Text);
        Assert.Equal(7, got.Id);
    }

    [Fact]
    public async Task WrongToken_FailsWithTheServerMessage()
    {
        using var client = new GrpcSchemaService(_target, "wrong");

        var error = await Assert.ThrowsAsync<SchemaException>(() => client.GetAsync("s", 1, TestContext.Current.CancellationToken));

        Assert.Contains("token \"wrong\" is invalid", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoToken_SendsNoMetadata()
    {
        using var client = new GrpcSchemaService(_target, token: null);

        var error = await Assert.ThrowsAsync<SchemaException>(() => client.GetAsync("s", 1, TestContext.Current.CancellationToken));

        Assert.Contains("token \"\" is invalid", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServerErrors_MapToTheSdkExceptions()
    {
        using var client = new GrpcSchemaService(_target, Token);

        await Assert.ThrowsAsync<SchemaSubjectNotFoundException>(() => client.GetAsync("missing", 1, TestContext.Current.CancellationToken));
        await Assert.ThrowsAsync<SchemaVersionNotFoundException>(() => client.GetAsync("ctx:other", 99, TestContext.Current.CancellationToken));
        await Assert.ThrowsAsync<InvalidSchemaException>(
            () => client.CreateAsync(SchemaType.Avro, "bad", Encoding.UTF8.GetBytes("{"), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task UnreachableTarget_FailsWithSchemaException()
    {
        using var client = new GrpcSchemaService("127.0.0.1:1", Token);

        var error = await Assert.ThrowsAsync<SchemaException>(() => client.GetAsync("s", 1, TestContext.Current.CancellationToken));

        Assert.Contains("Unavailable", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CachedClient_CallsTheServerOncePerKey()
    {
        using var client = new CachedSchemaService(new GrpcSchemaService(_target, Token));
        var fake = _app!.Services.GetRequiredService<FakeConduitSchemaService>();
        var before = fake.GetCalls;

        await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => client.GetAsync("ctx:other", 1, TestContext.Current.CancellationToken)));

        Assert.Equal(before + 1, fake.GetCalls);
    }

    /// <summary>
    /// The server side of connutils.v1.SchemaService, bound by hand because the Sdk compiles only the client.
    /// Grpc.AspNetCore looks for overrides of the bind type's virtual methods, as with generated bases.
    /// </summary>
    [BindServiceMethod(typeof(SchemaServiceBase), nameof(BindService))]
    private abstract class SchemaServiceBase
    {
        private static readonly Method<CreateSchemaRequest, CreateSchemaResponse> CreateMethod = new(
            MethodType.Unary, "connutils.v1.SchemaService", "CreateSchema", Marshal(CreateSchemaRequest.Parser), Marshal(CreateSchemaResponse.Parser));

        private static readonly Method<GetSchemaRequest, GetSchemaResponse> GetMethod = new(
            MethodType.Unary, "connutils.v1.SchemaService", "GetSchema", Marshal(GetSchemaRequest.Parser), Marshal(GetSchemaResponse.Parser));

        public static void BindService(ServiceBinderBase binder, SchemaServiceBase? service)
        {
            binder.AddMethod(CreateMethod, service is null ? null : service.CreateSchema);
            binder.AddMethod(GetMethod, service is null ? null : service.GetSchema);
        }

        public abstract Task<CreateSchemaResponse> CreateSchema(CreateSchemaRequest request, ServerCallContext context);

        public abstract Task<GetSchemaResponse> GetSchema(GetSchemaRequest request, ServerCallContext context);

        private static Marshaller<T> Marshal<T>(MessageParser<T> parser)
            where T : IMessage<T> => Marshallers.Create(message => message.ToByteArray(), parser.ParseFrom);
    }

    /// <summary>A stand-in for Conduit's schema service: checks the token, and answers with Conduit's error texts.</summary>
    private sealed class FakeConduitSchemaService(string token) : SchemaServiceBase
    {
        private readonly ConcurrentDictionary<(string, int), WireSchema> _schemas = new()
        {
            [("ctx:other", 1)] = new WireSchema { Subject = "ctx:other", Version = 1, Id = 3, Type = WireSchema.Types.Type.Avro, Bytes = ByteString.CopyFromUtf8("\"int\"") },
        };

        private int _getCalls;

        public int GetCalls => Volatile.Read(ref _getCalls);

        public override Task<CreateSchemaResponse> CreateSchema(CreateSchemaRequest request, ServerCallContext context)
        {
            CheckToken(context);
            if (request.Bytes.Span.SequenceEqual("{"u8))
            {
                throw new RpcException(new Status(StatusCode.Unknown, "invalid schema"));
            }

            var schema = new WireSchema { Subject = request.Subject, Version = 1, Id = 7, Type = request.Type, Bytes = request.Bytes };
            _schemas[(request.Subject, 1)] = schema;
            return Task.FromResult(new CreateSchemaResponse { Schema = schema });
        }

        public override Task<GetSchemaResponse> GetSchema(GetSchemaRequest request, ServerCallContext context)
        {
            Interlocked.Increment(ref _getCalls);
            CheckToken(context);
            if (_schemas.TryGetValue((request.Subject, request.Version), out var schema))
            {
                return Task.FromResult(new GetSchemaResponse { Schema = schema });
            }

            var message = _schemas.Keys.Any(key => key.Item1 == request.Subject) ? "schema version not found" : "schema subject not found";
            throw new RpcException(new Status(StatusCode.Unknown, message));
        }

        private void CheckToken(ServerCallContext context)
        {
            var sent = context.RequestHeaders.GetValue(GrpcSchemaService.TokenMetadataKey) ?? string.Empty;
            if (sent != token)
            {
                throw new RpcException(new Status(StatusCode.Unknown, $"token \"{sent}\" is invalid"));
            }
        }
    }
}
