package io.perfcomm.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.perfcomm.core.Cycle;
import io.perfcomm.core.Id;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class SharedValuesTest {

  @Test
  void theIdsLeftUnsharedNameOnlyTheirOwnRecord() {
    Set<String> references = new TreeSet<>();
    Set<Class<?>> seen = new HashSet<>();
    Deque<Class<?>> types = new ArrayDeque<>(Set.of(Cycle.class));
    while (!types.isEmpty()) {
      Class<?> type = types.pop();
      if (!seen.add(type) || !type.getPackageName().startsWith("io.perfcomm.core")) {
        continue;
      }
      for (Method method : type.getMethods()) {
        if (!Modifier.isAbstract(method.getModifiers()) || method.getParameterCount() > 0) {
          continue;
        }
        for (Class<?> part : classesIn(method.getGenericReturnType())) {
          if (SharedValues.OWN_IDS_ONLY.contains(part) && !method.getName().equals("id")) {
            references.add(type.getSimpleName() + "." + method.getName() + " refers to a " + part.getSimpleName());
          }
          types.push(part);
        }
      }
    }
    assertEquals(Set.of(), references, "an id others refer to must be shared: take it off OWN_IDS_ONLY");
    assertFalse(seen.stream().noneMatch(Id.class::isAssignableFrom), "the walk reaches the model's ids");
  }

  private static Set<Class<?>> classesIn(Type type) {
    Set<Class<?>> classes = new HashSet<>();
    if (type instanceof Class) {
      classes.add((Class<?>) type);
    } else if (type instanceof ParameterizedType) {
      ParameterizedType parameterized = (ParameterizedType) type;
      classes.addAll(classesIn(parameterized.getRawType()));
      for (Type argument : parameterized.getActualTypeArguments()) {
        classes.addAll(classesIn(argument));
      }
    }
    return classes;
  }
}
