using System.Buffers;
using Conduit.Connector.Sdk.Hosting.Services;
using Conduit.Connector.Sdk.Protocol.Binding;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Health.V1;
using Config = Conduit.Connector.Sdk.Protocol.Wire.V2.Source.Types.Configure.Types;
using Specify = Conduit.Connector.Sdk.Protocol.Wire.V2.Specifier.Types.Specify.Types;

namespace Conduit.Connector.Sdk.Tests.Protocol;

public sealed class MethodBindingTests
{
    [Fact]
    public void PluginMethods_EveryGeneratedMethodBoundOnce()
    {
        // Arrange
        var generated = GeneratedServiceMethods.All.Select(method => method.FullName).Order(StringComparer.Ordinal);

        // Act
        var bound = PluginMethodProvider.Methods.Select(binding => binding.Method.FullName).Order(StringComparer.Ordinal);

        // Assert
        Assert.Equal(22, GeneratedServiceMethods.All.Count);
        Assert.Equal(generated, bound);
    }

    [Fact]
    public void PluginMethods_NamesKindsAndMessageTypesEqualGenerated()
    {
        foreach (var binding in PluginMethodProvider.Methods)
        {
            var generated = GeneratedServiceMethods.All.Single(method => method.FullName == binding.Method.FullName);

            Assert.Equal(generated.ServiceName, binding.Method.ServiceName);
            Assert.Equal(generated.Name, binding.Method.Name);
            Assert.Equal(generated.Type, binding.Method.Type);

            // Method<TRequest, TResponse>: the same closed type means the same request and response messages.
            Assert.Equal(generated.GetType(), binding.Method.GetType());
        }
    }

    [Theory]
    [InlineData("/grpc.health.v1.Health/Check", MethodType.Unary)]
    [InlineData("/grpc.health.v1.Health/Watch", MethodType.ServerStreaming)]
    [InlineData("/plugin.GRPCController/Shutdown", MethodType.Unary)]
    [InlineData("/plugin.GRPCStdio/StreamStdio", MethodType.ServerStreaming)]
    [InlineData("/plugin.GRPCBroker/StartStream", MethodType.DuplexStreaming)]
    [InlineData("/connector.v2.SpecifierPlugin/Specify", MethodType.Unary)]
    [InlineData("/connector.v2.SourcePlugin/Run", MethodType.DuplexStreaming)]
    [InlineData("/connector.v2.SourcePlugin/LifecycleOnUpdated", MethodType.Unary)]
    [InlineData("/connector.v2.DestinationPlugin/Run", MethodType.DuplexStreaming)]
    [InlineData("/connector.v2.DestinationPlugin/Stop", MethodType.Unary)]
    public void PluginMethods_WireNamesAsGoPluginAndConduitCallThem(string fullName, MethodType type)
    {
        var binding = Assert.Single(PluginMethodProvider.Methods, binding => binding.Method.FullName == fullName);

        Assert.Equal(type, binding.Method.Type);
    }

    [Fact]
    public void RequestMarshaller_SerializesAsGenerated()
    {
        // Arrange
        var request = new Config.Request { Config = { ["url"] = "file:///tmp/x", ["sdk.batch.size"] = "10" } };
        var ours = Bound<Config.Request, Config.Response>("/connector.v2.SourcePlugin/Configure");
        var generated = GeneratedServiceMethods.Find<Config.Request, Config.Response>("/connector.v2.SourcePlugin/Configure");

        // Act
        var bytes = Serialize(ours.RequestMarshaller, request);

        // Assert
        Assert.Equal(Serialize(generated.RequestMarshaller, request), bytes);
        Assert.Equal(request.ToByteArray(), bytes);
    }

    [Fact]
    public void ResponseMarshaller_ParsesWhatGeneratedSerializes()
    {
        // Arrange
        var response = new Specify.Response { Specification = new() { Name = "sample", Version = "v1.2.3" } };
        var ours = Bound<Specify.Request, Specify.Response>("/connector.v2.SpecifierPlugin/Specify");
        var generated = GeneratedServiceMethods.Find<Specify.Request, Specify.Response>("/connector.v2.SpecifierPlugin/Specify");
        var bytes = Serialize(generated.ResponseMarshaller, response);

        // Act
        var parsed = ours.ResponseMarshaller.ContextualDeserializer(new BytesContext(bytes));

        // Assert
        Assert.Equal(response, parsed);
    }

    [Fact]
    public void HealthMarshaller_RoundTripsStatus()
    {
        var ours = Bound<HealthCheckRequest, HealthCheckResponse>("/grpc.health.v1.Health/Check");
        var response = new HealthCheckResponse { Status = HealthCheckResponse.Types.ServingStatus.Serving };

        var parsed = ours.ResponseMarshaller.ContextualDeserializer(new BytesContext(Serialize(ours.ResponseMarshaller, response)));

        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, parsed.Status);
    }

    private static Method<TRequest, TResponse> Bound<TRequest, TResponse>(string fullName)
        where TRequest : class
        where TResponse : class =>
        Assert.IsType<Method<TRequest, TResponse>>(Assert.Single(PluginMethodProvider.Methods, binding => binding.Method.FullName == fullName).Method);

    private static byte[] Serialize<T>(Marshaller<T> marshaller, T message)
    {
        var context = new BufferContext();
        marshaller.ContextualSerializer(message, context);
        return context.Result;
    }

    /// <summary>What the server's serialization context does: an announced length, then a buffer writer or a byte array.</summary>
    private sealed class BufferContext : SerializationContext
    {
        private readonly ArrayBufferWriter<byte> _writer = new();
        private int? _length;
        private byte[]? _payload;

        public byte[] Result => _payload ?? throw new InvalidOperationException("Complete was not called.");

        public override void SetPayloadLength(int payloadLength) => _length = payloadLength;

        public override IBufferWriter<byte> GetBufferWriter() => _writer;

        public override void Complete()
        {
            _payload = _writer.WrittenSpan.ToArray();
            Assert.Equal(_length, _payload.Length);
        }

        public override void Complete(byte[] payload) => _payload = payload;
    }

    private sealed class BytesContext(byte[] payload) : DeserializationContext
    {
        public override int PayloadLength => payload.Length;

        public override byte[] PayloadAsNewBuffer() => (byte[])payload.Clone();

        public override ReadOnlySequence<byte> PayloadAsReadOnlySequence() => new(payload);
    }
}
