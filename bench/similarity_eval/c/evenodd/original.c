#include <stdio.h>

int main(void) {
    int n;
    if (scanf("%d", &n) != 1 || n <= 0) {
        printf("no numbers\n");
        return 0;
    }
    int evens = 0;
    long odd_sum = 0;
    int largest = 0;
    int smallest = 0;
    for (int i = 0; i < n; i++) {
        int x;
        scanf("%d", &x);
        if (i == 0 || x > largest) {
            largest = x;
        }
        if (i == 0 || x < smallest) {
            smallest = x;
        }
        if (x % 2 == 0) {
            evens++;
        } else {
            odd_sum += x;
        }
    }
    printf("evens: %d\n", evens);
    printf("odd sum: %ld\n", odd_sum);
    printf("range: %d..%d\n", smallest, largest);
    return 0;
}
