package io.perfcomm.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.ResolvableSerializer;
import io.perfcomm.core.policy.Policy;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The layout of a written file where the generated classes alone would differ from docs/format.md: every
 * record's {@code extensions} come after its own fields (the generated classes declare them first,
 * from the {@code Extensible} interface), and a policy that overrides nothing counts as empty, so a
 * cycle without policy overrides is written without {@code "policy": {}}.
 */
final class FileLayout extends BeanSerializerModifier {

  private static final long serialVersionUID = 1L;

  @Override
  public List<BeanPropertyWriter> orderProperties(
      SerializationConfig config, BeanDescription description, List<BeanPropertyWriter> properties) {
    List<BeanPropertyWriter> ordered = new ArrayList<>(properties.size());
    List<BeanPropertyWriter> last = new ArrayList<>(1);
    for (BeanPropertyWriter property : properties) {
      (property.getName().equals("extensions") ? last : ordered).add(property);
    }
    ordered.addAll(last);
    return ordered;
  }

  @Override
  @SuppressWarnings("unchecked")
  public JsonSerializer<?> modifySerializer(
      SerializationConfig config, BeanDescription description, JsonSerializer<?> serializer) {
    return Policy.class.isAssignableFrom(description.getBeanClass())
        ? new DefaultPolicyIsEmpty((JsonSerializer<Object>) serializer)
        : serializer;
  }

  /** Writes a policy as Jackson would, but reports the default policy as empty. */
  static final class DefaultPolicyIsEmpty extends JsonSerializer<Object>
      implements ContextualSerializer, ResolvableSerializer {

    private final JsonSerializer<Object> delegate;

    DefaultPolicyIsEmpty(JsonSerializer<Object> delegate) {
      this.delegate = delegate;
    }

    @Override
    public boolean isEmpty(SerializerProvider provider, Object value) {
      return value == null || Policy.defaults().equals(value);
    }

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      delegate.serialize(value, gen, provider);
    }

    @Override
    public void serializeWithType(Object value, JsonGenerator gen, SerializerProvider provider, TypeSerializer types)
        throws IOException {
      delegate.serializeWithType(value, gen, provider, types);
    }

    @Override
    public Class<Object> handledType() {
      return delegate.handledType();
    }

    @Override
    public void resolve(SerializerProvider provider) throws JsonMappingException {
      if (delegate instanceof ResolvableSerializer resolvable) {
        resolvable.resolve(provider);
      }
    }

    @Override
    @SuppressWarnings("unchecked")
    public JsonSerializer<?> createContextual(SerializerProvider provider, BeanProperty property) throws JsonMappingException {
      if (!(delegate instanceof ContextualSerializer contextual)) {
        return this;
      }
      JsonSerializer<?> contextualized = contextual.createContextual(provider, property);
      return contextualized == delegate ? this : new DefaultPolicyIsEmpty((JsonSerializer<Object>) contextualized);
    }
  }
}
