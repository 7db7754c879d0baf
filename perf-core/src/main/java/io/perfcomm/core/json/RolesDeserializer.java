package io.perfcomm.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.perfcomm.core.organisation.Role;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Set;

/**
 * Reads a person's {@code roles}: a list of role names that, when given, is not empty. An empty list is an
 * input error rather than "the default EMPLOYEE", because it more likely means roles were lost on
 * export than that none were meant.
 */
final class RolesDeserializer extends StdDeserializer<Set<Role>> {

  private static final long serialVersionUID = 1L;

  RolesDeserializer() {
    super(Set.class);
  }

  @Override
  public Set<Role> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (!p.isExpectedStartArrayToken()) {
      @SuppressWarnings("unchecked")
      Set<Role> unexpected = (Set<Role>) ctxt.handleUnexpectedToken(Set.class, p);
      return unexpected;
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    while (p.nextToken() != JsonToken.END_ARRAY) {
      roles.add(ctxt.readValue(p, Role.class));
    }
    if (roles.isEmpty()) {
      throw new StatedMismatch(p, "is empty: give at least one role, or leave roles out for EMPLOYEE");
    }
    return roles;
  }
}
